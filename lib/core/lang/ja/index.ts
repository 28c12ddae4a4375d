import * as chrono from 'chrono-node';
import type { LanguagePack } from '../types';

/** Full-width digits and colons (１４：３０) are how Japanese mail often writes a time; chrono reads ASCII. Same length. */
function prepare(text: string): string {
  return text.replace(/[０-９：～]/g, (c) => (c === '：' ? ':' : c === '～' ? '~' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
}

export const ja: LanguagePack = {
  code: 'ja',
  // Japanese puts no spaces between words: its markers are looked for as they are, without spaces.
  markers: ['です', 'ます', 'ください', 'いたします', 'お願い', '様', 'の', 'を', 'に'],
  weekdays: ['月曜日', '火曜日', '水曜日', '木曜日', '金曜日', '土曜日', '日曜日', '（月）', '（火）', '（水）', '（木）', '（金）', '（土）', '（日）', '(月)', '(火)', '(水)', '(木)', '(金)', '(土)', '(日)'],
  months: ['1月', '2月', '3月', '4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月'],
  relativeDays: ['本日', '今日', '明日', '来週'],
  jobWords: ['面接', '選考', '採用', '応募', '内定', '求人', '募集', '履歴', '人事', '入社', '転職', '就職'],
  staffWords: ['給与明細', 'シフト表', '人事評価', '社員各位', '従業員各位', '社内公募', '有給休暇'],
  internalWords: ['社内公募', '社内応募', '社内異動'],
  clientWords: ['見積', '請求書', '発注書', '納品', '入札', '検収'],
  meetingCues: ['面接', '面談', '日時', '日程', '開始', '時間', '会場', '集合', 'オンライン', '確定', 'ご案内'],
  lengthUnits: ['分', '時間'],
  noon: ['正午'],
  parser: chrono.ja.casual,
  prepare,
  replyHeaders: [
    // Gmail "2026年3月2日(月) 10:00 名前 <address>:", Apple Mail "2026/03/02 10:00、名前 <address>のメール:",
    // Thunderbird "2026/03/02 10:00 に 名前 さんは書きました:", Outlook "差出人:" then "送信日時:".
    { word: '>:', opens: ['20'] },
    { word: 'のメール:', opens: ['20'] },
    { word: '書きました', opens: ['20'] },
    { word: '\n送信日時: ', opens: ['差出人: '] },
  ],
  mailShape: {
    replyPrefixes: ['返信'],
    forwardPrefixes: ['転送'],
    forwardLine: '転送メッセージ',
    calendarAnswers: ['承諾', '辞退', '仮承諾', '承認', '出席', '欠席'],
    candidate: ['候補者', '応募者'],
    panel: ['面接官', '面接担当', '面接担当者', '採用担当', '採用担当者', '主催者'],
    interviewerRoles: ['面接官'],
  },
};
