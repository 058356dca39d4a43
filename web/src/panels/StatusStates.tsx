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
