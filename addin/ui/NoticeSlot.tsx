import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import { useContext, useEffect, useRef } from 'react';
import { NoticeContext, useNotifier } from './BridgeContext';

/**
 * Shows the current notice here when it belongs here (`at`), scrolled into view, so feedback
 * appears next to the control that caused it instead of at the top of a long pane.
 */
export function NoticeSlot({ at }: { at?: string }) {
  const notice = useContext(NoticeContext);
  const notifier = useNotifier();
  const ref = useRef<HTMLDivElement>(null);
  const mine = notice !== null && notice.at === at;
  useEffect(() => {
    if (mine) ref.current?.scrollIntoView?.({ block: 'nearest' });
  }, [mine, notice]);
  if (!mine) return null;
  return (
    <div ref={ref}>
      <MessageBar
        intent={notice.intent}
        layout="multiline"
        role={notice.intent === 'error' ? 'alert' : 'status'}
      >
        <MessageBarBody>{notice.text}</MessageBarBody>
        <MessageBarActions
          containerAction={
            <Button appearance="transparent" aria-label="Đóng thông báo" onClick={() => notifier.clear()}>
              ✕
            </Button>
          }
        />
      </MessageBar>
    </div>
  );
}

/** Why a button is disabled, said next to it (and linked with aria-describedby). */
export function DisabledReason({ id, reason }: { id: string; reason: string | null }) {
  if (!reason) return null;
  return (
    <span id={id} style={{ fontSize: '12px', opacity: 0.85 }}>
      {reason}
    </span>
  );
}
