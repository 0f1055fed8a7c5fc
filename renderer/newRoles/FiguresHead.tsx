/** The header row of a table of figures: the name column, then right-aligned number columns. */
export function FiguresHead({ name, numbers }: { name: string; numbers: readonly string[] }) {
  return (
    <thead>
      <tr>
        <th scope="col">{name}</th>
        {numbers.map((label) => (
          <th key={label} scope="col" className="staffing-num">
            {label}
          </th>
        ))}
      </tr>
    </thead>
  );
}
