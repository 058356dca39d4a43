export function LoadingState({ message }: { message: string }) {
  return (
    <div className="state loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      {message}
    </div>
  );
}

export function ErrorState({ message, onRetry, title }: { message: string; onRetry: () => void; title?: string }) {
  return (
    <div className="state error" role="alert">
      {title && <h2>{title}</h2>}
      <p>{message}</p>
      <button type="button" className="primary" onClick={onRetry}>
        Retry
      </button>
    </div>
  );
}

/** Over a view drawn from part of the graph (the explorer's overview) when the rest failed to load. */
export function PartialGraphNotice({ message, onRetry }: { message: string; onRetry: () => void }) {
  return (
    <div className="partial-graph-notice" role="alert">
      <p>
        <strong>Only the overview is loaded.</strong> The rest of the graph could not be loaded: {message} Technologies outside the overview, and the other
        views, need it.
      </p>
      <button type="button" className="primary" onClick={onRetry}>
        Retry
      </button>
    </div>
  );
}

export function EmptyState({ message, action, onAction }: { message: string; action?: string; onAction?: () => void }) {
  return (
    <div className="state empty" role="status">
      <p>{message}</p>
      {action && onAction && (
        <button type="button" onClick={onAction}>
          {action}
        </button>
      )}
    </div>
  );
}
