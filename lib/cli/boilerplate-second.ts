/**
 * A second pool of what surrounds the message in real mail (`boilerplate.ts` has the first): eight banners and eight
 * notices per language, written in the twelfth session by a helper session that read nothing of the project, to the
 * brief "vary the wording and the vocabulary: security banners of different gateways, view-in-browser and safe-sender
 * lines, confidentiality and privacy notices, unsubscribe, preferences, settings and profile lines, registration
 * blocks, social rows, phone signatures, from shops, banks, newsletters, public bodies, universities and companies".
 * The helper also wrote four notices per language of recruiting systems (candidate privacy, talent-community opt-outs,
 * equal-opportunity statements, candidate notification settings); they are left out: a dentist's reminder or a
 * friend's note never carries them, and wrapped around every kind of mail they teach that a candidate portal's words
 * say nothing. Measured on 6,083 tuning emails: the first pool alone 95.7% and 18 false job events per 1,000, the
 * wrapped English check losing 7.9% of its job mail; both pools with the recruiting notices 95.4%, 22 and 4.1%;
 * both pools without them (what ships) 95.6%, 22 and 3.9%.
 * Every company, address, number and domain is invented (`.example`); product and regulator names appear as real mail
 * writes them. (A data table.)
 */
import type { Boilerplate } from './boilerplate';

export const SECOND_POOL: Readonly<Record<string, Boilerplate>> = {
  en: {
    heads: [
      '[EXTERNAL] This email originated from outside the organisation. Do not click links or open attachments unless you recognise the sender and know the content is safe.',
      'CAUTION: EXTERNAL SENDER - VERIFY BEFORE YOU ACT.',
      'View this email in your browser',
      'You don\'t often get email from noreply@talent.brightfield.example. Learn why this is important',
      'To make sure our updates keep landing in your inbox, please add news@mail.harbourline.example to your address book or safe senders list.',
      'This message has been scanned for viruses and harmful content by Corvina MailShield and no threats were detected.',
      'Some pictures in this message were not downloaded automatically to protect your privacy. Click here to show them.\nPHISHING WARNING: The sender of this message could not be verified. Never share passwords, payment details or one-time codes by email. If something looks off, use the Report button or contact the IT Service Desk on extension 4400.',
      'This message was automatically translated from German. Show original | Always translate German',
    ],
    feet: [
      'CONFIDENTIALITY NOTICE: The information contained in this email and any attachments is confidential and may be legally privileged. It is intended solely for the addressee. If you are not the intended recipient, you must not read, copy, distribute or act upon it; please notify the sender immediately and delete the message from your system. Tallowmere Partners LLP accepts no liability for any damage caused by viruses transmitted by this email.',
      'Sent from my mobile device. Please excuse any typos.',
      'How we use your data: Westmarch Borough Council processes your personal data in order to manage your council tax account and send you service messages. You have the right to access, correct or erase your data, to restrict or object to processing and to data portability. You may also lodge a complaint with your national supervisory authority. Questions? Contact our Data Protection Officer at dpo@westmarch-council.example or write to the Data Protection Officer, Civic Centre, 14 Quarry Lane, Westmarch WM9 0XX.',
      'You are receiving this newsletter because you signed up at thimbleandthread.example.\nUnsubscribe | Update your preferences | View our privacy policy\nThimble & Thread Ltd, Unit 7 Canal Wharf, Bristol BS1 9ZZ\n© 2024 Thimble & Thread. All rights reserved.',
      'This is an automated message from Penhallow Bank. Please do not reply to this mailbox, as replies are not monitored. We will never ask you to confirm your PIN or full password by email. For help, log in to online banking or visit our Help Centre at help.penhallowbank.example.\nPenhallow Bank plc is authorised and regulated by the Financial Conduct Authority. Registered in England and Wales No. 0487213. Registered office: 3 Mercer Street, London EC2V 0QQ.',
      'Kestrel Dynamics Limited | Registered in Scotland, company number SC771045 | VAT No. GB 482 3391 07 | Registered office: 22 Harbour Row, Aberdeen AB11 5ZZ',
      'Follow us: LinkedIn | Instagram | YouTube | Facebook\nGet the app: Download on the App Store | Get it on Google Play\n© 2025 Lumo Outdoor Ltd. Terms of use · Privacy statement · Cookie settings',
      'Please consider the environment before printing this email.\nIf you need this message in an alternative format, such as large print or audio, contact the Accessibility Office at access@fenwick-uni.example.\nFenwick University, Registry, Old Quad, Fenwick FW1 2AB',
    ],
  },
  de: {
    heads: [
      '[EXTERN] Diese E-Mail stammt von einem Absender außerhalb unserer Organisation. Klicken Sie nur dann auf Links oder öffnen Sie Anhänge, wenn Sie den Absender kennen und den Inhalt für sicher halten.',
      'ACHTUNG: EXTERNE E-MAIL! PRÜFEN SIE ABSENDER UND LINKS SORGFÄLTIG.',
      'Wird diese E-Mail nicht korrekt angezeigt? Hier geht es zur Webansicht.',
      'Sie erhalten nicht oft E-Mails von bewerbung@karriere.lindenhof.example. Erfahren Sie, warum dies wichtig ist',
      'Damit unser Newsletter Sie zuverlässig erreicht, fügen Sie bitte info@post.gruenwerk.example Ihrem Adressbuch oder der Liste sicherer Absender hinzu.',
      'Diese Nachricht wurde vom Virenscanner der Albrecht IT-Services GmbH geprüft. Es wurden keine Schadprogramme gefunden.',
      'Zum Schutz Ihrer Privatsphäre wurden einige Bilder blockiert. Bilder anzeigen\nVORSICHT PHISHING: Der Absender konnte nicht verifiziert werden. Geben Sie niemals Passwörter, TANs oder Kontodaten per E-Mail weiter. Im Zweifel leiten Sie die Nachricht an sicherheit@it.example weiter.',
      'Diese Nachricht wurde automatisch aus dem Englischen übersetzt. Original anzeigen',
    ],
    feet: [
      'Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den Absender und vernichten Sie diese Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser Mail sind nicht gestattet.',
      'Von meinem Smartphone gesendet',
      'Datenschutzhinweis: Die Stadtwerke Ahrenfeld GmbH verarbeitet Ihre personenbezogenen Daten gemäß Art. 6 Abs. 1 lit. b DSGVO zur Vertragsabwicklung. Sie haben das Recht auf Auskunft, Berichtigung, Löschung, Einschränkung der Verarbeitung, Widerspruch sowie Datenübertragbarkeit. Zudem steht Ihnen ein Beschwerderecht bei einer Aufsichtsbehörde zu. Unseren Datenschutzbeauftragten erreichen Sie unter datenschutz@stadtwerke-ahrenfeld.example oder per Post an: Stadtwerke Ahrenfeld GmbH, z. Hd. Datenschutz, Mühlenweg 12, 34567 Ahrenfeld.',
      'Sie erhalten diesen Newsletter, weil Sie sich auf gartenliebe.example angemeldet haben.\nNewsletter abbestellen | Einstellungen ändern | Datenschutzerklärung | Impressum\n© 2025 Gartenliebe Versand GmbH. Alle Rechte vorbehalten.',
      'Dies ist eine automatisch erstellte Nachricht. Bitte antworten Sie nicht auf diese E-Mail, da das Postfach nicht überwacht wird. Bei Fragen wenden Sie sich bitte an unseren Kundenservice im Online-Banking.\nVolksbank Elstertal eG · Sitz: Elsterberg · Registergericht Chemnitz GnR 412 · Vorstand: Petra Wendling, Jörg Haberkorn',
      'Brandauer Maschinenbau GmbH\nIndustriestraße 45, 71234 Kornwestheim\nGeschäftsführer: Dr. Klaus Meininger, Sabine Roth\nAmtsgericht Stuttgart HRB 778812 · USt-IdNr. DE 318 442 901',
      'Folgen Sie uns: LinkedIn | Instagram | YouTube | TikTok\nJetzt die App holen: Laden im App Store | Jetzt bei Google Play\nAGB · Datenschutz · Cookie-Einstellungen · Hilfe & Kontakt',
      'Bitte denken Sie an die Umwelt, bevor Sie diese E-Mail ausdrucken.\nSie benötigen dieses Dokument in leichter Sprache oder barrierefrei? Schreiben Sie an barrierefrei@uni-hochwald.example.\nUniversität Hochwald · Dezernat Studium und Lehre · Campusallee 1 · 56789 Hochwald',
    ],
  },
  fr: {
    heads: [
      '[EXTERNE] Ce message provient d\'un expéditeur extérieur à l\'organisation. Ne cliquez sur aucun lien et n\'ouvrez aucune pièce jointe si vous n\'êtes pas certain de la fiabilité de l\'expéditeur.',
      'ATTENTION : COURRIEL EXTERNE',
      'Si ce message ne s\'affiche pas correctement, consultez-le dans votre navigateur.',
      'Vous ne recevez pas souvent de courriers de la part de recrutement@carrieres.valmorel.example. Pourquoi c\'est important',
      'Pour être sûr de recevoir nos offres, ajoutez bonjour@news.maisonbriand.example à votre carnet d\'adresses ou à vos expéditeurs approuvés.',
      'Ce courriel a été analysé par la passerelle de sécurité Hermine Protect. Aucun virus ni contenu malveillant n\'a été détecté.',
      'Les images de ce message ont été bloquées afin de protéger votre vie privée. Afficher les images\nALERTE HAMEÇONNAGE : l\'identité de l\'expéditeur n\'a pas pu être vérifiée. Ne communiquez jamais vos identifiants ou coordonnées bancaires par e-mail. En cas de doute, signalez ce message au support informatique.',
      'Ce message a été traduit automatiquement de l\'anglais. Afficher le message d\'origine',
    ],
    feet: [
      'Ce message et toutes les pièces jointes sont confidentiels et établis à l\'intention exclusive de leurs destinataires. Toute utilisation ou diffusion non autorisée est interdite. Si vous avez reçu ce message par erreur, merci d\'en avertir immédiatement l\'expéditeur et de le détruire. L\'intégrité de ce message ne pouvant être assurée sur Internet, le Cabinet Duvernay & Associés décline toute responsabilité quant à son contenu.',
      'Envoyé de mon iPhone',
      'Protection des données personnelles : conformément au Règlement général sur la protection des données (RGPD) et à la loi Informatique et Libertés, vous disposez d\'un droit d\'accès, de rectification, d\'effacement, de limitation, d\'opposition et de portabilité de vos données. Pour exercer ces droits, écrivez à notre délégué à la protection des données : dpo@mutuelle-armor.example ou Mutuelle Armor, Service DPO, 8 rue des Tanneurs, 29200 Brest. Vous pouvez également introduire une réclamation auprès de la CNIL.',
      'Vous recevez cette newsletter car vous êtes inscrit(e) sur lafabriqueduthe.example.\nSe désabonner | Gérer mes préférences | Politique de confidentialité\nLa Fabrique du Thé SAS, 17 quai des Chartrons, 33000 Bordeaux\n© 2025 La Fabrique du Thé – Tous droits réservés',
      'Ceci est un message automatique, merci de ne pas y répondre. Pour toute question, connectez-vous à votre espace client ou rendez-vous dans le Centre d\'aide.\nBanque Mutuelle du Lac – Société anonyme coopérative à capital variable – RCS Annecy 512 884 301 – Siège social : 4 avenue du Rhône, 74000 Annecy.',
      'Ateliers Morvan SARL au capital de 50 000 € – RCS Dijon B 823 441 560 – SIRET 823 441 560 00027 – N° TVA intracommunautaire FR 47 823441560\n12 allée des Tilleuls, 21000 Dijon',
      'Suivez-nous : LinkedIn | Instagram | YouTube | Pinterest\nTéléchargez l\'application : Disponible sur l\'App Store | Disponible sur Google Play\nMentions légales · CGV · Paramètres des cookies',
      'Pensez à l\'environnement : n\'imprimez ce courriel que si nécessaire.\nUniversité de Lorval – Direction des études et de la vie étudiante\n3 place de la République, 49000 Lorval\nCe document est disponible en version accessible sur simple demande à accessibilite@univ-lorval.example.',
    ],
  },
  es: {
    heads: [
      '[EXTERNO] Este correo procede de fuera de la organización. No haga clic en enlaces ni abra archivos adjuntos salvo que reconozca al remitente y sepa que el contenido es seguro.',
      'PRECAUCIÓN: ESTE MENSAJE PROVIENE DE UN REMITENTE EXTERNO.',
      '¿No ves bien este correo? Ábrelo en tu navegador.',
      'No suele recibir correos electrónicos de seleccion@empleo.alborada.example. Por qué esto es importante',
      'Para asegurarte de que nuestros correos lleguen a tu bandeja de entrada, añade hola@correo.lunaverde.example a tu lista de contactos o remitentes seguros.',
      'Mensaje analizado por el sistema antivirus de Tagus Seguridad Informática. No se ha encontrado contenido malicioso.',
      'Algunas imágenes de este mensaje no se han descargado para proteger tu privacidad. Descargar imágenes\nAVISO DE PHISHING: no hemos podido verificar al remitente de este mensaje. Nunca facilite contraseñas, códigos de verificación ni datos bancarios por correo electrónico. Si tiene dudas, reenvíe el mensaje a seguridad@ti.example.',
      'Este mensaje se ha traducido automáticamente del inglés. Ver mensaje original | Traducir siempre del inglés',
    ],
    feet: [
      'AVISO DE CONFIDENCIALIDAD: Este mensaje y sus anexos se dirigen exclusivamente a su destinatario y pueden contener información confidencial sometida a secreto profesional. Si usted no es el destinatario indicado, queda notificado de que la lectura, utilización, divulgación o copia sin autorización está prohibida. Si ha recibido este mensaje por error, le rogamos que lo comunique inmediatamente por esta misma vía y proceda a su eliminación.',
      'Enviado desde mi móvil',
      'Protección de datos: el responsable del tratamiento de sus datos es Aguas del Campo de Tarsis, S.A., con la finalidad de gestionar su contrato de suministro. Puede ejercer sus derechos de acceso, rectificación, supresión, oposición, limitación del tratamiento y portabilidad escribiendo a nuestro Delegado de Protección de Datos en dpd@aguastarsis.example o a Calle Mayor 21, 41001 Sevilla. Asimismo, tiene derecho a presentar una reclamación ante la Agencia Española de Protección de Datos.',
      'Recibes este correo porque te suscribiste a nuestro boletín en lunaverde.example.\nDarse de baja | Gestionar preferencias | Política de privacidad\nLuna Verde Cosmética, S.L. · Avda. de la Constitución 88, 46009 Valencia\n© 2025 Luna Verde. Todos los derechos reservados.',
      'Este es un mensaje generado automáticamente; por favor, no responda a esta dirección. Para cualquier consulta, acceda a su banca online o visite nuestro Centro de ayuda. Nunca le pediremos sus claves por correo electrónico.\nBanco Meridiano, S.A. Inscrito en el Registro Mercantil de Madrid, Tomo 40.112, Folio 87, Hoja M-712345. CIF A-12345678.',
      'Construcciones Robledal, S.L. · CIF B-98765432 · Inscrita en el Registro Mercantil de Zaragoza, Tomo 4.551, Hoja Z-66102\nPolígono Industrial El Pinar, nave 14 · 50014 Zaragoza',
      'Síguenos: LinkedIn | Instagram | YouTube | X\nDescarga la app: Consíguelo en el App Store | Disponible en Google Play\nAviso legal · Condiciones de uso · Configuración de cookies',
      'Antes de imprimir este correo, piense si es realmente necesario. Cuidar el medio ambiente es cosa de todos.\nUniversidad de Valdemora · Secretaría General · Plaza de los Naranjos 2, 28800 Valdemora\nSi necesita esta información en un formato accesible, escriba a accesibilidad@uvaldemora.example.',
    ],
  },
  pt: {
    heads: [
      '[EXTERNO] Este e-mail foi enviado de fora da organização. Não clique em links nem abra anexos a menos que reconheça o remetente e saiba que o conteúdo é seguro.',
      'ATENÇÃO: REMETENTE EXTERNO. CONFIRME A AUTENTICIDADE ANTES DE RESPONDER.',
      'Não consegue ver este e-mail corretamente? Veja a versão online.',
      'Você não costuma receber e-mails de vagas@talentos.ipanema-tech.example. Saiba por que isso é importante',
      'Para garantir que as nossas mensagens chegam à sua caixa de entrada, adicione novidades@envio.casadolivro.example à sua lista de contactos.',
      'Esta mensagem foi verificada pelo serviço de proteção de e-mail da Atlântica Sistemas e não contém vírus conhecidos.',
      'Por motivos de segurança, as imagens desta mensagem foram bloqueadas. Mostrar imagens\nALERTA DE PHISHING: não foi possível confirmar a identidade do remetente. Nunca partilhe palavras-passe, códigos ou dados bancários por e-mail. Em caso de dúvida, contacte o Serviço de Apoio Informático.',
      'Esta mensagem foi traduzida automaticamente do espanhol. Ver original',
    ],
    feet: [
      'AVISO DE CONFIDENCIALIDADE: Esta mensagem e quaisquer anexos são confidenciais e destinam-se exclusivamente ao destinatário indicado. Se recebeu esta mensagem por engano, por favor informe de imediato o remetente e elimine-a do seu sistema. É proibida qualquer cópia, divulgação ou utilização não autorizada do seu conteúdo.',
      'Enviado do meu tablet',
      'Proteção de dados: a Lusoenergia Comercializadora, S.A. trata os seus dados pessoais para a gestão do seu contrato, nos termos do Regulamento Geral sobre a Proteção de Dados (RGPD). Tem o direito de aceder, retificar, apagar e limitar o tratamento dos seus dados, bem como de se opor ao mesmo e de solicitar a sua portabilidade. Para exercer estes direitos, contacte o nosso Encarregado de Proteção de Dados através de epd@lusoenergia.example ou por carta para Rua do Ouro 150, 1100-063 Lisboa. Pode ainda apresentar reclamação junto da CNPD.',
      'Recebeu este e-mail porque subscreveu a newsletter da Casa do Livro Azul.\nCancelar subscrição | Gerir preferências | Política de privacidade\nCasa do Livro Azul, Lda. · Rua de Santa Catarina 310, 4000-442 Porto\n© 2025 Casa do Livro Azul. Todos os direitos reservados.',
      'Esta é uma mensagem automática. Por favor, não responda a este endereço, pois a caixa de correio não é monitorizada. O banco nunca lhe pedirá códigos de acesso por e-mail. Para qualquer questão, utilize a área de cliente ou o nosso Centro de Ajuda.\nBanco Caravela, S.A. · Capital social 250 000 000 € · Matriculado na Conservatória do Registo Comercial de Lisboa sob o NIPC 500 123 456',
      'Metalúrgica Serra Alta Ltda.\nCNPJ 12.345.678/0001-90\nAv. das Indústrias, 1200 – Distrito Industrial – Campinas/SP – CEP 13050-000',
      'Siga-nos: LinkedIn | Instagram | YouTube | Facebook\nBaixe o app: Disponível na App Store | Disponível no Google Play\nTermos de uso · Aviso de privacidade · Central de ajuda',
      'Antes de imprimir, pense no meio ambiente.\nUniversidade de Montemor – Serviços Académicos\nLargo do Colégio 5, 7050-100 Montemor\nSe precisar deste documento num formato acessível, contacte acessibilidade@umontemor.example.',
    ],
  },
  it: {
    heads: [
      '[ESTERNO] Questa e-mail proviene da un mittente esterno all\'organizzazione. Non cliccare sui link e non aprire gli allegati se non riconosci il mittente e non sei sicuro che il contenuto sia attendibile.',
      'ATTENZIONE: MESSAGGIO DA MITTENTE ESTERNO',
      'Non visualizzi correttamente questa e-mail? Aprila nel browser.',
      'Non ricevi spesso e-mail da selezione@lavora.farnesina-foods.example. Scopri perché è importante',
      'Per essere sicuro di ricevere le nostre comunicazioni, aggiungi ciao@mail.bottegaserena.example alla tua rubrica o all\'elenco dei mittenti attendibili.',
      'Il presente messaggio è stato controllato dal sistema antivirus di Ligure Net Security. Non sono state rilevate minacce.',
      'Alcune immagini non sono state scaricate per proteggere la tua privacy. Mostra immagini\nAVVISO PHISHING: non è stato possibile verificare l\'identità del mittente. Non comunicare mai password, codici OTP o dati della carta via e-mail. In caso di dubbio, segnala il messaggio all\'Help Desk IT.',
      'Questo messaggio è stato tradotto automaticamente dal francese. Mostra originale',
    ],
    feet: [
      'Le informazioni contenute in questo messaggio e negli eventuali allegati sono riservate e destinate esclusivamente al destinatario indicato. Qualora il messaggio Le fosse pervenuto per errore, La preghiamo di darne immediata comunicazione al mittente e di cancellarlo. Ogni utilizzo, copia o diffusione non autorizzata è vietata ai sensi del Regolamento UE 2016/679.',
      'Inviato dal mio smartphone',
      'Informativa privacy: Consorzio Acque Valbruna, in qualità di titolare del trattamento, tratta i Suoi dati personali per la gestione del contratto di fornitura, ai sensi degli artt. 13 e 14 del GDPR. Lei può esercitare in ogni momento i diritti di accesso, rettifica, cancellazione, limitazione, opposizione e portabilità scrivendo al Responsabile della protezione dei dati (RPD) all\'indirizzo rpd@acquevalbruna.example oppure a Via Roma 33, 24100 Bergamo. Ha inoltre diritto di proporre reclamo al Garante per la protezione dei dati personali.',
      'Ricevi questa newsletter perché ti sei iscritto su bottegaserena.example.\nAnnulla l\'iscrizione | Gestisci le preferenze | Informativa sulla privacy\nBottega Serena S.r.l. · Via dei Calzaiuoli 12 · 50122 Firenze · P.IVA 01234567890\n© 2025 Bottega Serena. Tutti i diritti riservati.',
      'Questa è una comunicazione automatica: ti preghiamo di non rispondere a questo indirizzo. Per assistenza accedi all\'area riservata o consulta il nostro Centro assistenza. Non ti chiederemo mai le tue credenziali via e-mail.\nBanca Lagunare S.p.A. · Sede legale: Fondamenta Nuove 5, 30121 Venezia · Iscritta all\'Albo delle Banche · Capitale sociale € 120.000.000 i.v.',
      'Officine Brenta S.r.l. – Sede legale: Via dell\'Industria 7, 35129 Padova\nCapitale sociale € 100.000 i.v. – R.E.A. PD-345678 – C.F. e P.IVA 04567891234',
      'Seguici su: LinkedIn | Instagram | YouTube | Facebook\nScarica l\'app: Scarica su App Store | Disponibile su Google Play\nTermini e condizioni · Privacy · Preferenze cookie',
      'Rispetta l\'ambiente: stampa questa e-mail solo se necessario.\nUniversità degli Studi di Castelnuovo – Ufficio Segreteria Studenti\nPiazza del Duomo 1, 53100 Castelnuovo\nPer ricevere questa comunicazione in formato accessibile scrivi a accessibilita@unicastelnuovo.example.',
    ],
  },
  nl: {
    heads: [
      '[EXTERN] Deze e-mail is afkomstig van buiten de organisatie. Klik niet op links en open geen bijlagen, tenzij u de afzender herkent en weet dat de inhoud veilig is.',
      'LET OP: EXTERNE AFZENDER. WEES ALERT OP VERDACHTE LINKS EN BIJLAGEN.',
      'Wordt deze e-mail niet goed weergegeven? Bekijk hem in je browser.',
      'U ontvangt niet vaak e-mail van werving@werkenbij.dijkstra-zorg.example. Meer informatie over waarom dit belangrijk is',
      'Voeg nieuwsbrief@mail.fietsenhuys.example toe aan je adresboek, zo weet je zeker dat onze mails niet in je spamfolder belanden.',
      'Dit bericht is gecontroleerd op virussen en spam door de mailfilter van Polderlink ICT. Er is geen schadelijke inhoud aangetroffen.',
      'Afbeeldingen zijn geblokkeerd om je privacy te beschermen. Afbeeldingen downloaden\nPAS OP VOOR PHISHING: de afzender kon niet worden geverifieerd. Deel nooit wachtwoorden, inlogcodes of bankgegevens via e-mail. Twijfel je? Meld het bericht dan via de knop \'Phishing melden\' of bel de Servicedesk.',
      'Dit bericht is automatisch vertaald uit het Duits. Origineel weergeven',
    ],
    feet: [
      'DISCLAIMER: Dit e-mailbericht is uitsluitend bestemd voor de geadresseerde(n) en kan vertrouwelijke informatie bevatten. Indien u dit bericht onterecht heeft ontvangen, wordt u verzocht de afzender direct te informeren en het bericht te verwijderen. Gebruik, openbaarmaking of vermenigvuldiging door anderen is niet toegestaan. Van den Broek Advocaten N.V. is niet aansprakelijk voor schade als gevolg van onjuiste of onvolledige overdracht van dit bericht.',
      'Verzonden vanaf mijn telefoon',
      'Privacy: Gemeente Waterveld verwerkt uw persoonsgegevens om uw aanvraag af te handelen, in overeenstemming met de Algemene verordening gegevensbescherming (AVG). U heeft het recht op inzage, correctie, verwijdering en beperking van uw gegevens, en u kunt bezwaar maken tegen de verwerking. Neem voor vragen contact op met onze functionaris gegevensbescherming via fg@waterveld.example of schrijf naar Postbus 1234, 8000 AB Waterveld. Ook kunt u een klacht indienen bij de Autoriteit Persoonsgegevens.',
      'Je ontvangt deze nieuwsbrief omdat je je hebt aangemeld via fietsenhuys.example.\nAfmelden | Voorkeuren aanpassen | Privacyverklaring\nHet Fietsenhuys B.V. · Oudegracht 201 · 3511 NH Utrecht\n© 2025 Het Fietsenhuys. Alle rechten voorbehouden.',
      'Dit is een automatisch verzonden bericht. Antwoorden op deze e-mail worden niet gelezen. Wij vragen u nooit per e-mail om uw pincode of inloggegevens. Heeft u een vraag? Kijk in ons Helpcentrum of log in op Mijn Zilverbank.\nZilverbank N.V. is statutair gevestigd te Amsterdam en ingeschreven bij de Kamer van Koophandel onder nummer 12345678.',
      'Hoogland Installatietechniek B.V. | Industrieweg 18, 7521 PD Enschede | KvK 87654321 | Btw-nr. NL123456789B01 | IBAN NL00 EXMP 0123 4567 89',
      'Volg ons: LinkedIn | Instagram | YouTube | Facebook\nDownload de app: Download in de App Store | Ontdek het op Google Play\nAlgemene voorwaarden · Privacy · Cookie-instellingen',
      'Denk aan het milieu voordat je deze e-mail print.\nUniversiteit van Zuidwolde · Centrum voor Studentzaken · Boterdiep 9, 9712 LK Zuidwolde\nHeb je deze informatie nodig in een toegankelijke vorm? Mail naar toegankelijkheid@uzuidwolde.example.',
    ],
  },
  pl: {
    heads: [
      '[ZEWNĘTRZNY] Ta wiadomość pochodzi spoza organizacji. Nie klikaj w linki i nie otwieraj załączników, jeśli nie znasz nadawcy i nie masz pewności, że treść jest bezpieczna.',
      'UWAGA: WIADOMOŚĆ OD NADAWCY ZEWNĘTRZNEGO',
      'Wiadomość nie wyświetla się poprawnie? Otwórz ją w przeglądarce.',
      'Nieczęsto otrzymujesz wiadomości e-mail od rekrutacja@kariera.wislatrans.example. Dowiedz się, dlaczego jest to ważne',
      'Aby nasze wiadomości nie trafiały do folderu spam, dodaj adres sklep@newsletter.zielonyogrod.example do swojej książki adresowej lub listy zaufanych nadawców.',
      'Wiadomość została sprawdzona przez system antywirusowy Bałtyk Secure Mail. Nie wykryto zagrożeń.',
      'Obrazy w tej wiadomości zostały zablokowane w celu ochrony prywatności. Pokaż obrazy\nOSTRZEŻENIE PRZED PHISHINGIEM: nie udało się zweryfikować nadawcy. Nigdy nie podawaj haseł, kodów SMS ani danych karty w odpowiedzi na e-mail. W razie wątpliwości zgłoś wiadomość do działu IT.',
      'Ta wiadomość została automatycznie przetłumaczona z języka angielskiego. Pokaż oryginał',
    ],
    feet: [
      'Treść tej wiadomości i wszelkie załączniki są poufne i przeznaczone wyłącznie dla adresata. Jeżeli nie jesteś zamierzonym odbiorcą, informujemy, że jakiekolwiek rozpowszechnianie, kopiowanie lub wykorzystywanie tej wiadomości jest zabronione. Jeśli otrzymałeś ją przez pomyłkę, powiadom niezwłocznie nadawcę i usuń wiadomość wraz z załącznikami.',
      'Wysłane z mojego telefonu',
      'Informacja o przetwarzaniu danych osobowych: administratorem Twoich danych jest Wodociągi Miejskie Borowno Sp. z o.o. z siedzibą przy ul. Kolejowej 5, 86-100 Borowno. Dane przetwarzamy w celu realizacji umowy, zgodnie z RODO. Przysługuje Ci prawo dostępu do danych, ich sprostowania, usunięcia, ograniczenia przetwarzania, przenoszenia oraz wniesienia sprzeciwu. Z Inspektorem Ochrony Danych skontaktujesz się pod adresem iod@wodociagi-borowno.example. Masz także prawo wnieść skargę do Prezesa UODO.',
      'Otrzymujesz tę wiadomość, ponieważ zapisałeś się do newslettera sklepu Zielony Ogród.\nWypisz się | Zarządzaj preferencjami | Polityka prywatności\nZielony Ogród Sp. z o.o., ul. Ogrodowa 14, 60-101 Poznań\n© 2025 Zielony Ogród. Wszelkie prawa zastrzeżone.',
      'Wiadomość została wygenerowana automatycznie – prosimy na nią nie odpowiadać. Bank nigdy nie prosi o podanie hasła ani kodów autoryzacyjnych w wiadomości e-mail. Pomoc znajdziesz w Centrum Pomocy lub w bankowości internetowej.\nBank Nadwiślański S.A., ul. Marszałkowska 100, 00-001 Warszawa, Sąd Rejonowy dla m.st. Warszawy, XII Wydział Gospodarczy KRS, KRS 0000123456, NIP 525-000-00-00, kapitał zakładowy 150 000 000 zł w pełni opłacony.',
      'Metalplast Karpaty Sp. z o.o.\nul. Przemysłowa 22, 35-105 Rzeszów\nKRS 0000654321 · NIP 813-123-45-67 · REGON 180123456',
      'Obserwuj nas: LinkedIn | Instagram | YouTube | Facebook\nPobierz aplikację: Pobierz z App Store | Pobierz z Google Play\nRegulamin · Polityka cookies · Centrum pomocy',
      'Zanim wydrukujesz tę wiadomość, pomyśl o środowisku.\nUniwersytet Nadmorski w Sławnie – Dział Spraw Studenckich\nul. Akademicka 3, 76-100 Sławno\nJeśli potrzebujesz tej informacji w formie dostępnej, napisz na dostepnosc@un-slawno.example.',
    ],
  },
  sv: {
    heads: [
      '[EXTERN] Detta e-postmeddelande kommer från en avsändare utanför organisationen. Klicka inte på länkar och öppna inte bilagor om du inte känner igen avsändaren och vet att innehållet är säkert.',
      'VARNING: EXTERN AVSÄNDARE – VAR FÖRSIKTIG MED LÄNKAR OCH BILAGOR.',
      'Visas inte mejlet korrekt? Öppna det i webbläsaren.',
      'Du får inte ofta e-post från rekrytering@jobb.fjallvik.example. Läs om varför detta är viktigt',
      'Lägg till kundservice@utskick.skogsbo.example i din adressbok eller bland betrodda avsändare så hamnar våra erbjudanden inte i skräpposten.',
      'Meddelandet har genomsökts av Nordlås e-postskydd. Inga virus eller skadliga länkar hittades.',
      'Vissa bilder har inte laddats ned för att skydda din integritet. Visa bilder\nMISSTÄNKT NÄTFISKE: avsändaren kunde inte verifieras. Lämna aldrig ut lösenord, BankID-koder eller kortuppgifter via e-post. Är du osäker, kontakta IT-supporten innan du gör något.',
      'Meddelandet har översatts automatiskt från engelska. Visa original',
    ],
    feet: [
      'Detta e-postmeddelande och eventuella bilagor kan innehålla konfidentiell information och är endast avsett för den angivna mottagaren. Om du har fått meddelandet av misstag, vänligen meddela avsändaren omedelbart och radera det. Obehörig användning, kopiering eller spridning av innehållet är förbjuden.',
      'Skickat från min mobil',
      'Personuppgifter: Region Sjöland behandlar dina personuppgifter i enlighet med dataskyddsförordningen (GDPR) för att kunna handlägga ditt ärende. Du har rätt att begära tillgång till, rättelse eller radering av dina uppgifter, att begära begränsning av behandlingen samt att invända mot den. Kontakta vårt dataskyddsombud på dataskydd@regionsjoland.example eller Region Sjöland, Box 501, 851 00 Sundsvik. Du kan även lämna klagomål till Integritetsskyddsmyndigheten (IMY).',
      'Du får detta nyhetsbrev eftersom du har registrerat dig på skogsbo.example.\nAvsluta prenumerationen | Ändra dina inställningar | Integritetspolicy\nSkogsbo Inredning AB · Storgatan 12 · 652 24 Karlstad\n© 2025 Skogsbo Inredning AB. Med ensamrätt.',
      'Detta är ett automatiskt utskick och går inte att besvara. Vi ber dig aldrig om koder eller lösenord via e-post. Har du frågor? Logga in i internetbanken eller besök vårt hjälpcenter.\nÄlvdalsbanken AB (publ), org.nr 502000-0000, säte i Mora. Banken står under tillsyn av Finansinspektionen.',
      'Norrhamn Bygg & Anläggning AB\nHamngatan 4, 972 38 Luleå\nOrg.nr 556123-4567 · Momsreg.nr SE556123456701 · Styrelsens säte: Luleå',
      'Följ oss: LinkedIn | Instagram | YouTube | Facebook\nLadda ned appen: Hämta i App Store | Ladda ned på Google Play\nKöpvillkor · Integritet · Cookieinställningar · Kundtjänst',
      'Tänk på miljön innan du skriver ut detta mejl.\nLinnestad universitet · Studentavdelningen · Universitetsvägen 8, 391 82 Linnestad\nBehöver du informationen i ett tillgängligt format? Hör av dig till tillganglighet@linnestad-univ.example.',
    ],
  },
  ja: {
    heads: [
      '【外部メール】このメールは組織外から送信されています。送信者に心当たりがない場合や内容の安全性を確認できない場合は、リンクのクリックや添付ファイルの開封をしないでください。',
      '[EXTERNAL] 注意：社外からのメールです。',
      'このメールが正しく表示されない場合は、ブラウザでご覧ください。',
      'saiyo@recruit.hoshizora-sangyo.example から頻繁にメールを受信することはありません。これが重要な理由',
      'メールが迷惑メールフォルダに振り分けられないよう、info@mail.kaede-shop.example をアドレス帳または受信許可リストにご登録ください。',
      '本メールは株式会社ミナトセキュアのウイルスチェックシステムにより検査済みです。不審なファイルは検出されませんでした。',
      'プライバシー保護のため、画像の自動ダウンロードをブロックしました。画像を表示する\n【フィッシング注意】送信元を確認できませんでした。メールでパスワードやワンタイムパスワード、カード番号を求められても絶対に入力しないでください。不審に思われた場合は、情報システム部（内線2100）までご連絡ください。',
      'このメッセージは英語から自動翻訳されました。原文を表示',
    ],
    feet: [
      '本メールおよび添付ファイルには、機密情報が含まれている場合があります。本メールの宛先以外の方が受信された場合は、誠に恐れ入りますが、直ちに送信者までご連絡のうえ、本メールを削除していただきますようお願い申し上げます。内容の全部または一部を無断で複製・転送・開示することは固く禁じられております。',
      'iPhoneから送信',
      '個人情報の取り扱いについて\n株式会社あさひ電力サービスは、お客様の個人情報を契約管理およびサービスに関するご連絡の目的で利用いたします。ご本人からの開示、訂正、利用停止、削除等のご請求には、法令に従い適切に対応いたします。お問い合わせは個人情報保護窓口（privacy@asahi-denryoku.example、〒460-0008 名古屋市中区栄9-9-9）までお願いいたします。',
      'このメールは、かえでショップのメールマガジンにご登録いただいた方にお送りしています。\n配信停止はこちら｜配信設定の変更｜プライバシーポリシー\n株式会社かえで商店　〒604-8005 京都市中京区河原町通1-2-3\nCopyright © 2025 Kaede Shoten Co., Ltd. All rights reserved.',
      '※本メールは送信専用アドレスから自動配信しております。ご返信いただいてもお答えできませんのでご了承ください。当行がメールで暗証番号やパスワードをお尋ねすることは一切ございません。\nご不明な点はヘルプセンターをご覧ください。\n株式会社みずなみ銀行　登録金融機関 関東財務局長（登金）第999号',
      '――――――――――――――――\n株式会社北斗精機\n〒980-0000 宮城県仙台市青葉区本町0-0-0\nTEL 022-000-0000／FAX 022-000-0001\n法人番号 1234567890123\n――――――――――――――――',
      '公式SNS：LinkedIn｜Instagram｜YouTube｜X\nアプリをダウンロード：App Storeからダウンロード｜Google Playで手に入れよう\n利用規約・プライバシーポリシー・ヘルプセンター',
      '環境保護のため、本メールの印刷はお控えください。\n学校法人みなみ学園　青葉大学　学務課\n〒150-0000 東京都渋谷区青葉台0-0-0\n音声読み上げ用など、アクセシブルな形式での資料提供をご希望の方は、accessibility@aoba-u.example までお申し付けください。',
    ],
  },
};
