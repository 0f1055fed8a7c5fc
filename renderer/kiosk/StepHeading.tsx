import { useEffect, useRef, type ReactNode } from 'react';

/** A step's heading, which takes the focus when the step appears, so a screen reader and the keyboard start there. */
export function StepHeading({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <h1 ref={ref} tabIndex={-1} className="kiosk__title">
      {children}
    </h1>
  );
}
