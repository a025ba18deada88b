import { useT } from '../lib/i18n';

interface UndoToastProps {
  message: string;
  onUndo: () => void;
}

/** A transient message with an Undo button (announced politely). */
export function UndoToast({ message, onUndo }: UndoToastProps) {
  const { t } = useT();
  return (
    <div className="toast" role="status">
      <span>{message}</span>
      <button type="button" className="button" onClick={onUndo}>
        {t('web.undo')}
      </button>
    </div>
  );
}
