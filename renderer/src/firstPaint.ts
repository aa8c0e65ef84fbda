/** The performance mark the end-to-end test reads: the dashboard's figures first on screen. */
export const dashboardPaintedMark = 'dpo:dashboard-painted';

let marked = false;

/** Marks, once per start, the frame after the dashboard first showed its figures. */
export function markDashboardPainted(): void {
  if (marked) return;
  marked = true;
  // The frame is painted after its requestAnimationFrame callbacks: the timer runs after it.
  window.requestAnimationFrame(() => {
    window.setTimeout(() => {
      performance.mark(dashboardPaintedMark);
    }, 0);
  });
}
