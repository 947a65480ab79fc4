import type { app as en } from '../en/app';

export const app: typeof en = {
  language: 'Язык',
  title: 'Лаборатория потока градиентов',
  documentTitle: 'Лаборатория потока градиентов: почему RNN забывают, а LSTM помнят',
  tagline: 'Почему простые RNN забывают, а LSTM помнят: точные градиенты BPTT.',
  tools: 'Инструменты лектора',
  tour: 'Тур',
  present: 'Показ',
  controls: 'Параметры',
  export: 'Экспорт',
  theme: 'Тема',
  shortcuts: 'Горячие клавиши',
  noticesIntro: 'В ссылке были настройки, которые нельзя применить как есть:',
  dismiss: 'Закрыть',
  views: 'Разделы',
  tabs: {
    gradients: 'Градиенты',
    explorer: 'Собственные значения и связность',
    latch: 'Защёлка (Bengio 1994)',
    training: 'Обучение',
    reach: 'Как далеко назад?'
  },
  lastRun: '; на рисунках пока прежний расчёт',
  slideExplorer: (compared) => `${compared}: собственные значения, градиент и связность`,
  slideGradients: (compared, steps) => `${compared}: градиенты на ${steps} назад`
};
