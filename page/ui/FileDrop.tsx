import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useRef, useState } from 'react';
import type { PickedEntry } from '../host/pick-files';
import { entriesFromDrop, entriesFromFileList } from '../host/pick-files';
import { useNotifier } from '../../addin/ui/BridgeContext';

const useStyles = makeStyles({
  zone: {
    border: `2px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: '12px',
    display: 'flex',
    flexDirection: 'column',
    gap: '8px',
  },
  over: { border: `2px dashed ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
  buttons: { display: 'flex', gap: '8px', flexWrap: 'wrap' },
  hidden: { display: 'none' },
});

/**
 * Where files come in: drag and drop (files or whole folders) or the browser's own dialogs, behind
 * Vietnamese buttons (the native file input's text follows the browser's language, not ours).
 */
export function FileDrop({
  label,
  testId,
  folders = false,
  multiple = false,
  accept = '.xlsx',
  disabled = false,
  onFiles,
}: {
  label: string;
  testId: string;
  folders?: boolean;
  multiple?: boolean;
  accept?: string;
  disabled?: boolean;
  onFiles: (entries: PickedEntry[]) => void;
}) {
  const s = useStyles();
  const notifier = useNotifier();
  const [over, setOver] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const dirInput = useRef<HTMLInputElement | null>(null);
  const take = (input: HTMLInputElement) => {
    const entries = entriesFromFileList(input.files ?? []);
    input.value = ''; // the same file can be picked again after it was corrected
    if (entries.length) onFiles(entries);
  };
  return (
    <div
      className={over ? `${s.zone} ${s.over}` : s.zone}
      role="group"
      aria-label={label}
      data-testid={`${testId}-zone`}
      onDragOver={(e) => {
        if (disabled) return;
        e.preventDefault();
        e.dataTransfer.dropEffect = 'copy';
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        if (disabled) return;
        entriesFromDrop(e.dataTransfer)
          .then(
            (entries) => (multiple ? entries : entries.slice(0, 1)),
            (err: unknown) => {
              notifier.error(err);
              return [];
            },
          )
          .then(
            (entries) => entries.length && onFiles(entries),
            (err: unknown) => notifier.error(err),
          );
      }}
    >
      <span>{label}</span>
      <span>{folders ? 'Kéo thả tệp hoặc cả thư mục vào đây, hoặc:' : 'Kéo thả tệp vào đây, hoặc:'}</span>
      <div className={s.buttons}>
        <Button disabled={disabled} onClick={() => fileInput.current?.click()}>
          Chọn tệp…
        </Button>
        {folders && (
          <Button disabled={disabled} onClick={() => dirInput.current?.click()}>
            Chọn thư mục…
          </Button>
        )}
      </div>
      <input
        ref={fileInput}
        className={s.hidden}
        type="file"
        accept={accept}
        multiple={multiple}
        data-testid={`${testId}-files`}
        onChange={(e) => take(e.currentTarget)}
      />
      {folders && (
        <input
          ref={(el) => {
            dirInput.current = el;
            // React does not know the attribute; set it on the element itself.
            el?.setAttribute('webkitdirectory', '');
          }}
          className={s.hidden}
          type="file"
          multiple
          data-testid={`${testId}-folder`}
          onChange={(e) => take(e.currentTarget)}
        />
      )}
    </div>
  );
}
