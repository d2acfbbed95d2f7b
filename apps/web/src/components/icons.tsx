/** Small inline icons. Always decorative: the text beside them carries the meaning. */
const common = { width: 14, height: 14, viewBox: "0 0 16 16", "aria-hidden": true, focusable: false } as const;

export const CheckIcon = () => (
  <svg {...common}>
    <path d="M2.5 8.5 6 12l7.5-8" fill="none" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" strokeLinejoin="round" />
  </svg>
);
export const CrossIcon = () => (
  <svg {...common}>
    <path d="M3.5 3.5l9 9m0-9-9 9" fill="none" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" />
  </svg>
);
export const DashIcon = () => (
  <svg {...common}>
    <path d="M3.5 8h9" fill="none" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" />
  </svg>
);
export const LockIcon = ({ open }: { open: boolean }) => (
  <svg {...common}>
    <rect x="3" y="7" width="10" height="7" rx="1.5" fill="currentColor" />
    <path d={open ? "M5.5 7V5a2.5 2.5 0 0 1 5-.5" : "M5.5 7V5a2.5 2.5 0 0 1 5 0v2"} fill="none" stroke="currentColor" strokeWidth="1.6" />
  </svg>
);
export const ResetIcon = () => (
  <svg {...common}>
    <path d="M3 8a5 5 0 1 0 1.6-3.7M3 2.5v2.8h2.8" fill="none" stroke="currentColor" strokeWidth="1.7" strokeLinecap="round" strokeLinejoin="round" />
  </svg>
);
export const StarIcon = () => (
  <svg {...common}>
    <path d="M8 1.8l1.9 3.9 4.3.6-3.1 3 .7 4.3L8 11.6l-3.8 2 .7-4.3-3.1-3 4.3-.6z" fill="currentColor" />
  </svg>
);
