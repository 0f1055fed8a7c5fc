import type { Ref } from 'react';

interface HiddenFileInputProps {
  inputRef: Ref<HTMLInputElement>;
  accept: string;
  /** For tests, which choose files through it. */
  testId: string;
  onFile: (file: File) => void;
}

/**
 * The browser's file chooser behind a visible button: the button calls
 * `click()` on it. It is cleared after each choice, so the same file can be
 * chosen again.
 */
export function HiddenFileInput({ inputRef, accept, testId, onFile }: HiddenFileInputProps) {
  return (
    <input
      ref={inputRef}
      type="file"
      accept={accept}
      className="visually-hidden"
      tabIndex={-1}
      aria-hidden
      data-testid={testId}
      onChange={(e) => {
        const chosen = e.target.files?.[0];
        e.target.value = '';
        if (chosen) onFile(chosen);
      }}
    />
  );
}
