// The one table pattern of the front-end: a scrollable, focusable region labelled by the
// table's caption, so that wide tables stay readable and keyboard users can scroll them.
import type { ReactNode } from 'react';

export function DataTable({
  captionId,
  caption,
  captionClassName = 'table__caption table__caption--m',
  className = 'table',
  head,
  children,
}: {
  captionId: string;
  caption: ReactNode;
  captionClassName?: string;
  className?: string;
  /** The header cells (`<th scope="col">`). */
  head: ReactNode;
  /** The body rows. */
  children: ReactNode;
}) {
  return (
    <div className="table-wrap" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className={className}>
        <caption className={captionClassName} id={captionId}>
          {caption}
        </caption>
        <thead>
          <tr>{head}</tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
