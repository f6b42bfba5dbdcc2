import {
  FluentProvider,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  webLightTheme,
} from '@fluentui/react-components';
import { PAGE_MESSAGES } from '../../shared/messages/vi';

/** Shown instead of a blank pane when the page cannot talk to Excel. */
export function Unsupported({ title, body }: { title: string; body: string }) {
  return (
    <FluentProvider theme={webLightTheme}>
      <main style={{ padding: 12 }} lang="vi">
        <MessageBar intent="warning" layout="multiline" role="alert">
          <MessageBarBody>
            <MessageBarTitle>{title}</MessageBarTitle>
            {body}
            <p>
              {PAGE_MESSAGES.useOfflinePage}{' '}
              <a href="ttdn.html" download>
                {PAGE_MESSAGES.offlinePageLink}
              </a>
            </p>
          </MessageBarBody>
        </MessageBar>
      </main>
    </FluentProvider>
  );
}
