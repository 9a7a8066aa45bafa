import type { DataLinks } from '../i18n/data-files';
import type { Translate } from '../i18n/translate';
import { downloadText } from './download';

/** "Get the data" under a chart: its rows, their source note, the whole file and its manifest entry. */
export function GetData({ links, t }: { links: DataLinks; t: Translate }) {
  return (
    <details className="get-data" data-get-data="">
      <summary>{t('data.get')}</summary>
      <ul>
        {links.files.map((file) => (
          <li key={file.name}>
            <button
              type="button"
              className="link-button"
              data-file={file.name}
              onClick={() => downloadText(file.text, file.name, file.type)}
            >
              {file.label}
            </button>
          </li>
        ))}
        <li>
          <a href={links.whole.href} download={links.whole.file}>
            {t('data.whole', { file: links.whole.file })}
          </a>
        </li>
        <li>
          <a href={links.manifest.href} data-manifest-key={links.manifest.key}>
            {t('data.manifest', { file: links.manifest.file, key: links.manifest.key })}
          </a>
        </li>
      </ul>
    </details>
  );
}
