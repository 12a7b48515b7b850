/** An item of the reading bar: an icon over a short label (the accessible name is the label). */
export function BarLabel({ icon, label }: { icon: string; label: string }) {
  return (
    <>
      <span className="bar-icon" aria-hidden="true">
        {icon}
      </span>
      <span className="bar-label">{label}</span>
    </>
  );
}
