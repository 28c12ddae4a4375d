import * as chrono from 'chrono-node';
import type { LanguagePack } from '../types';

export const es: LanguagePack = {
  code: 'es',
  markers: [' usted ', ' su ', ' para ', ' con ', ' el ', ' los ', ' tu ', ' de la ', ' que ', ' nos ', ' te '],
  weekdays: ['lunes', 'martes', 'miércoles', 'miercoles', 'jueves', 'viernes', 'sábado', 'sabado', 'domingo', 'lun', 'mié', 'jue', 'vie', 'sáb', 'dom'],
  months: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'setiembre', 'octubre', 'noviembre', 'diciembre', 'ene', 'abr', 'ago', 'dic'],
  relativeDays: ['hoy', 'mañana', 'pasado mañana', 'la próxima semana'],
  jobWords: ['candidat*', 'entrevista*', 'postula*', 'vacante*', 'empleo*', 'contrataci*', 'reclut*', 'selecci*', 'currícul*', 'curricul*', 'salari*', 'puesto*', 'convocatoria*', 'oposicion*', 'cv'],
  staffWords: ['cuadrante', 'toda la plantilla', 'convocatoria interna', 'vacante interna', 'evaluación del desempeño', 'portal del empleado'],
  internalWords: ['vacante interna', 'convocatoria interna', 'candidatura interna'],
  clientWords: ['presupuesto', 'presupuestos', 'factura', 'facturas', 'orden de compra', 'proveedor', 'proveedores', 'licitación', 'licitaciones'],
  meetingCues: ['entrevista*', 'reunión', 'cita', 'llamada', 'videollamada', 'convocatoria', 'fecha', 'hora', 'confirm*', 'disponibilidad', 'nos vemos'],
  lengthUnits: ['minuto', 'minutos', 'min', 'hora', 'horas'],
  noon: ['mediodía', 'mediodia'],
  parser: chrono.es.casual,
  replyHeaders: [
    { word: 'escribió', opens: ['El '] },
    { word: 'Mensaje original', opens: ['--'] },
    { word: '\nEnviado', opens: ['De: '] },
  ],
  mailShape: {
    replyPrefixes: ['re', 'res'],
    forwardPrefixes: ['rv', 'fw'],
    forwardLine: 'Mensaje reenviado',
    calendarAnswers: ['aceptado', 'rechazado', 'aceptado provisionalmente', 'provisional'],
    candidate: ['candidato', 'candidata'],
    panel: ['entrevistador', 'entrevistadores', 'entrevistadora', 'entrevistadoras', 'comisión', 'reclutador', 'reclutadora', 'organizador'],
    interviewerRoles: ['entrevistador'],
  },
};
