import * as chrono from 'chrono-node';
import type { LanguagePack } from '../types';

/** "14h30" and "14h" are how Portuguese writes a time; chrono's Portuguese reads "14:30". Same length. */
function prepare(text: string): string {
  return text.replace(/\b([01]?\d|2[0-3])h([0-5]\d)?\b/g, (_m, h: string, m: string | undefined) => (m ? `${h}:${m}` : `${h}:00`));
}

export const pt: LanguagePack = {
  code: 'pt',
  markers: [' você ', ' voce ', ' sua ', ' seu ', ' para ', ' com ', ' não ', ' nós ', ' uma ', ' os ', ' da ', ' do ', ' em ', ' na ', ' às ', ' ao '],
  weekdays: ['segunda-feira', 'terça-feira', 'quarta-feira', 'quinta-feira', 'sexta-feira', 'sábado', 'domingo', 'segunda', 'terça', 'terca', 'quarta', 'quinta', 'sexta', 'seg', 'ter', 'qua', 'qui', 'sex', 'sáb', 'dom'],
  months: ['janeiro', 'fevereiro', 'março', 'marco', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro', 'jan', 'fev', 'mar', 'abr', 'mai', 'jun', 'jul', 'ago', 'set', 'out', 'nov', 'dez'],
  relativeDays: ['hoje', 'amanhã', 'amanha', 'próxima semana'],
  jobWords: ['candidat*', 'entrevista*', 'vaga', 'vagas', 'recrut*', 'emprego*', 'currícul*', 'curricul*', 'salári*', 'contrata*', 'seletiv*', 'concurso*', 'cv'],
  staffWords: ['holerite', 'contracheque', 'recibo de vencimento', 'escala de trabalho', 'prezados colaboradores', 'vaga interna', 'vagas internas', 'recrutamento interno', 'avaliação de desempenho'],
  internalWords: ['vaga interna', 'vagas internas', 'recrutamento interno', 'candidatura interna', 'processo seletivo interno'],
  clientWords: ['orçamento', 'orçamentos', 'fatura', 'faturas', 'fornecedor', 'fornecedores', 'licitação', 'pregão', 'ordem de compra', 'pedido de compra'],
  meetingCues: ['entrevista*', 'reunião', 'reuniao', 'conversa', 'chamada', 'videochamada', 'convite', 'data', 'horário', 'horario', 'confirm*', 'disponibilidade', 'até lá'],
  lengthUnits: ['minuto', 'minutos', 'min', 'hora', 'horas'],
  noon: ['meio-dia'],
  parser: chrono.pt.casual,
  prepare,
  replyHeaders: [
    // Gmail and Thunderbird "Em … escreveu:", Apple Mail "No dia … escreveu:", Outlook "De:" then "Enviado:"/"Enviada:".
    { word: 'escreveu', opens: ['Em ', 'No dia '] },
    { word: 'Mensagem original', opens: ['--'] },
    { word: '\nEnviad', opens: ['De: '] },
  ],
  mailShape: {
    replyPrefixes: ['re', 'res'],
    forwardPrefixes: ['enc', 'fw'],
    forwardLine: 'Mensagem encaminhada',
    calendarAnswers: ['aceito', 'aceite', 'recusado', 'recusada', 'aceito provisoriamente', 'talvez'],
    candidate: ['candidato', 'candidata'],
    panel: ['entrevistador', 'entrevistadores', 'entrevistadora', 'entrevistadoras', 'comissão', 'organizador'],
    interviewerRoles: ['entrevistador'],
  },
};
