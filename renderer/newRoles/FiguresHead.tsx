/**
 * The header row of a table of figures: the name column, then right-aligned
 * number columns, then any left-aligned text or choice columns.
 */
export function FiguresHead({ name, numbers, texts = [] }: { name: string; numbers: readonly string[]; texts?: readonly string[] }) {
  return (
    <thead>
      <tr>
        <th scope="col">{name}</th>
        {numbers.map((label) => (
          <th key={label} scope="col" className="staffing-num">
            {label}
          </th>
        ))}
        {texts.map((label) => (
          <th key={label} scope="col">
            {label}
          </th>
        ))}
      </tr>
    </thead>
  );
}
