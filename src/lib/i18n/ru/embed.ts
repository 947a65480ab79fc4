import type { embed as en } from '../en/embed';

export const embed: typeof en = {
  // ---- the frame ----
  openInLab: 'открыть в лаборатории',
  openInLabTitle: 'Открыть всю лабораторию с этими настройками в новой вкладке',
  frameLabel: (figure: string) => `Лаборатория потока градиентов: ${figure}`,
  stripLabel: 'Настройки рисунка',
  badFigure: (given: string, allowed: string) => `embed: рисунка ${given} нет; есть рисунки ${allowed}`,
  badControl: (given: string, allowed: string) =>
    `controls: элемента ${given} нет, он пропущен (есть элементы ${allowed})`,
  notices: 'Некоторые настройки ссылки рисунок не смог принять как есть:',
  loading: 'Загрузка рисунка…',
  computing: (figure: string) => `Идёт расчёт: ${figure}…`,
  notDrawn: (figure: string) => `${figure}: при этих настройках не строится.`,
  loadFailed: (problem: string) => `Не удалось загрузить рисунок: ${problem}`,
  trainPrompt: 'Этот рисунок показывает обучение.',
  train: 'Начать обучение',
  sweepPrompt: 'Этот рисунок показывает серию обучений на нескольких длинах последовательности.',
  sweep: 'Запустить серию',
  captionFull: 'Подпись (весь текст: наведите курсор или выделите)',
  // ---- postMessage ----
  setNotObject: (example: string) => `set: сообщение должно быть объектом, например ${example}`,
  setPageKey: (key: string) => `set: ${key} относится к странице, а не к рисунку, и во фрейме не задаётся`,
  setValue: (key: string) => `set: ${key} должно быть числом, текстом, true/false или списком`,
  // ---- the export dialog's Embed panel ----
  panelTitle: 'Встроить',
  panelIntro: 'Живой рисунок для слайдов или страницы курса: вставьте этот код в HTML страницы.',
  slideNotEmbedded: 'Слайд целиком — это картинка: чтобы встроить, выберите выше один рисунок.',
  size: 'Размер',
  custom: 'свой',
  width: 'Ширина',
  height: 'Высота',
  sizeProblem: (width: string, height: string) =>
    `Размер: ширина от 320 до 1920 пикселей, высота от 200 до 1080; задано ${width} × ${height}`,
  controls: 'Ползунки во фрейме',
  controlsHint: 'ключи адреса через запятую, например',
  code: 'Код для встраивания',
  copyCode: 'Копировать код',
  link: 'Простая ссылка',
  copyLink: 'Копировать ссылку',
  copied: 'Скопировано в буфер обмена',
  copyFailed: (problem: string) => `Не удалось скопировать: ${problem}; выделите текст и скопируйте его`,
  preview: 'Предпросмотр',
  previewScale: (percent: string) => `масштаб ${percent}\u00a0%`,
  privatePage:
    'Эта страница открыта с этого компьютера или из частной сети, и код ведёт туда же: у студентов он не ' +
    'откроется. Скопируйте код из лаборатории по её публичному адресу (или укажите этот адрес, выбрав слайд целиком).'
};
