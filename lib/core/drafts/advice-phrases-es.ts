/** The advice check in Spanish (see advice-phrases-de.ts). */
import type { LanguageAdvice } from './advice-languages';

const SLIP = 'nombre|apellido|errata|cámara|micrófono|micro|conexión|sonido|corte|lapsus|tartamude*|equivoqué|confundí';

export const ADVICE_ES: LanguageAdvice = {
  warnings: [
    {
      // Innocent: "quedo a su disposición para cualquier pregunta", "gracias por las preguntas tan interesantes".
      key: 'late-answer',
      phrases: [
        { seq: 'mejor|verdadera|auténtica ~0 respuesta' },
        { seq: 'pensándolo ~0 mejor|bien' },
        { seq: 'dándole|dado ~0 vueltas' },
        { seq: 'debería|debí ~1 haber ~0 dicho|respondido|mencionado|explicado|contestado' },
        { seq: 'completar|matizar|corregir|ampliar ~1 mi|mis ~0 respuesta|respuestas' },
        { seq: 'olvidé|olvidó ~1 mencionar|decir|comentar' },
        { seq: 'lo ~0 que ~0 quería ~0 decir' },
      ],
    },
    {
      // Innocent: "el proyecto salió muy bien", "me quedo con lo que comentó".
      key: 'explain-failure',
      phrases: [
        { seq: 'nervios|nervioso|nerviosa|nerviosismo|bloqueé|bloqueo' },
        { seq: 'no ~0 supe|pude|logré ~2 explicar|transmitir|mostrar|expresar|explicarme' },
        { seq: 'salió|salieron ~1 mal' },
        { seq: 'no ~0 salió|salieron ~2 como|bien' },
        { seq: 'mi ~0 mejor ~0 versión' },
        { seq: 'quedé ~0 en ~0 blanco' },
        { seq: 'en ~0 retrospectiva' },
        { seq: 'visto ~0 con ~0 perspectiva' },
        { seq: 'me ~0 expliqué ~0 mal' },
      ],
    },
    {
      // Innocent: "si se abre otro puesto, me encantaría que contarais conmigo", "gracias de nuevo por la oportunidad".
      key: 'begging',
      phrases: [
        { seq: 'reconsiderar|reconsidere|reconsideren|replante*' },
        { seq: 'otra|segunda|última ~0 oportunidad', notBefore: 'si|surge|surgiera|haya|hubiera', guard: 4 },
        { seq: 'cambiar ~3 decisión|opinión' },
        { seq: 'suplico|imploro|desesperad*' },
        { seq: 'necesito ~2 este|el|ese ~0 trabajo|puesto|empleo' },
        { seq: 'no ~1 defraudaré|decepcionaré' },
      ],
    },
    {
      // Innocent: "disculpe la demora en responder", "siento que el equipo encaja conmigo".
      key: 'apology-trivial',
      phrases: [
        { seq: `perdón|perdona|perdone|disculpa|disculpe|disculpas|siento|lamento ~6 ${SLIP}` },
        { seq: `${SLIP} ~5 perdón|disculpa*|siento|lamento` },
        { seq: 'perdón|perdona|perdone|disculpa|disculpe ~4 llamara|llamé|llamado|escribí' },
        { seq: 'llegar|llegué|llegado ~0 tarde' },
      ],
    },
  ],
  enthusiasm: [
    { seq: 'ganas|ilusiona|ilusión|entusiasm*|emociona*|motiva*|apasiona*' },
    { seq: 'quiero|quería|deseo ~3 puesto|trabajo|empleo|unirme|formar|incorporarme|trabajar' },
    { seq: 'encantaría|encantando|gustaría ~3 unirme|formar|incorporarme|trabajar|aportar|contribuir|equipo' },
    { seq: 'interés|interesa|interesado|interesada' },
    { seq: 'placer ~3 incorporarme|unirme|trabajar|formar' },
  ],
  negation: 'no|nunca|jamás|tampoco|dudas|duda',
  doorOpen: [
    { near: ['otro|otra|otros|futuro|futura|nuevo|nueva|próximo|próxima|adecuado', 'puesto|puestos|oportunidad*|vacante*|posición'], within: 8 },
    { seq: 'en ~0 contacto' },
    { seq: 'en ~0 cuenta' },
    { seq: 'contarais|cuenten|contaran ~0 conmigo' },
  ],
};
