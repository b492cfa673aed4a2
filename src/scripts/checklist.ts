// Remembers the ticks of a path's checklist in localStorage. Without this script the checkboxes still work.
for (const list of document.querySelectorAll<HTMLElement>('[data-checklist]')) {
  const key = `kps-lista:${list.dataset.checklist}`;
  const boxes = [...list.querySelectorAll<HTMLInputElement>('input[type=checkbox]')];
  let saved: string[] = [];
  try {
    saved = JSON.parse(localStorage.getItem(key) ?? '[]');
  } catch {
    // Storage blocked or spoilt: start with no ticks.
  }
  for (const box of boxes) {
    box.checked = saved.includes(box.value);
    box.addEventListener('change', () => {
      try {
        localStorage.setItem(key, JSON.stringify(boxes.filter((b) => b.checked).map((b) => b.value)));
      } catch {
        // Storage full or blocked: the tick stays on the page only.
      }
    });
  }
}
