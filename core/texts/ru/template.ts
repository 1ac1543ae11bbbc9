/**
 * Texts of «Создать шаблон»'s drop-down lists and value checks: the message a spreadsheet shows
 * when a typed value is not one the column accepts. One wording for every host that writes them.
 */
export const TEMPLATE_TEXT = {
  checkTitle: 'Проверка значения',
  list: (values: readonly string[]) => `Выберите значение из списка: ${values.join(', ')}.`,
  number: (min: number, max: number) => `Введите число от ${min} до ${max}.`,
  date: 'Введите дату, например 15.09.1985.',
} as const;
