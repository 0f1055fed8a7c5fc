/** Asks for full screen where the engine has the API (not every one does); a refusal is fine, full screen is only a comfort. */
export function askFullscreen(): void {
  const root: { requestFullscreen?: () => Promise<void> } = document.documentElement;
  void root.requestFullscreen?.().catch(() => undefined);
}
