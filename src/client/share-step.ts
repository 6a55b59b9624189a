/**
 * The procedure page only (Steps.astro): where the phone can share a picture as a file (the Web Share API with
 * files; on Android the share sheet offers WhatsApp), a button beside each step's picture link fetches the PNG and
 * shares it. Elsewhere, and without JavaScript, the link downloads the picture as before; if sharing fails for any
 * reason but the reader closing the sheet, the link is followed instead. The button wears the save button's style.
 */
const label = document.querySelector<HTMLElement>('[data-share]')?.dataset.share;
if (label && navigator.canShare?.({ files: [new File([], 'x.png', { type: 'image/png' })] })) {
  for (const link of document.querySelectorAll<HTMLAnchorElement>('.share a[download]')) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'save-offline';
    button.textContent = label;
    button.addEventListener('click', async () => {
      try {
        const blob = await (await fetch(link.href)).blob();
        const files = [new File([blob], link.pathname.split('/').pop()!, { type: 'image/png' })];
        if (!navigator.canShare({ files })) throw new Error('cannot share');
        await navigator.share({ files });
      } catch (error) {
        if ((error as Error).name !== 'AbortError') link.click();
      }
    });
    link.after(' ', button);
  }
}
