/** Copies text to the clipboard (the async API, else a hidden textarea and execCommand). */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    // eslint-disable-next-line @typescript-eslint/no-deprecated -- the only copy where the async clipboard is refused
    const ok = document.execCommand('copy');
    area.remove();
    return ok;
  }
}
