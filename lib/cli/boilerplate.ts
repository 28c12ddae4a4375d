/**
 * What surrounds the message in real mail, and says nothing about what the message is: security banners above it,
 * legal, privacy and unsubscribe notices below it. Written for training only (`augment.ts`), in our own words, in each
 * language the sets hold. Job mail and other mail carry the same kinds of notices, so a model that reads them in every
 * kind learns that they decide nothing. (A data table: exempt from the 300-line limit.)
 */

import { SECOND_POOL } from './boilerplate-second';
import { THIRD_POOL } from './boilerplate-third';

export interface Boilerplate {
  /** Above the message: banners, "view in browser", mail-security and delivery notes. */
  heads: readonly string[];
  /** Below the message: confidentiality, privacy, unsubscribe, address and environment notices. */
  feet: readonly string[];
}

const FIRST_POOL: Readonly<Record<string, Boilerplate>> = {
  en: {
    heads: [
      'CAUTION: This email originated from outside of the organisation. Do not click links or open attachments unless you recognise the sender and know the content is safe.',
      '[EXTERNAL] You don\'t often get email from this sender. Learn why this is important.\nThis message has been scanned for viruses and dangerous content and is believed to be clean.',
      'Having trouble reading this email? View it in your browser.\nTo make sure our messages reach your inbox, please add our address to your contacts or safe senders list. If this message appears in your junk folder, mark it as not junk so that later ones arrive where you expect them. Images may be hidden by your mail program until you choose to show them.',
      'This message was sent securely through our mail gateway. Some formatting may look different on mobile devices. We will never ask you for a password, a bank detail or a payment by email; if anything in a message looks unusual, contact us through the details on our website rather than replying to it. A plain-text or large-print version of this message is available on request, and attachments can be provided in an accessible format.',
      'Notice: the sender of this message is outside your company. Report suspicious messages with the button in your toolbar.',
    ],
    feet: [
      'This email and any files transmitted with it are confidential and intended solely for the use of the individual or entity to whom they are addressed. If you have received this email in error, please notify the sender immediately and delete it from your system. Any views expressed are those of the author and do not necessarily represent those of the company.',
      'You are receiving this email because of your account with us. To change how often we write, or to stop these messages, update your preferences. Our privacy notice explains what personal data we hold, why, for how long, and the rights you have over it, including access, correction and deletion.\nRegistered office: 4 Harbour Row, Tollbridge. Registered in England and Wales, no. 0812 3345.',
      'Please consider the environment before printing this email.',
      'The information in this message is intended only for the addressee and may be privileged. Access by anyone else is unauthorised. If you are not the intended recipient, any disclosure, copying or distribution is prohibited. We monitor email traffic for security and compliance purposes. Email cannot be guaranteed to be secure or free of errors or viruses.',
      'Sent from my phone. Please excuse brevity and typos.',
      'We are an equal opportunity employer and value diversity. If you need an adjustment at any point, tell us and we will arrange it. Questions about how your data is processed can be sent to our data protection officer. Please do not reply to this automated address; this mailbox is not monitored.',
    ],
  },
  de: {
    heads: [
      'ACHTUNG: Diese E-Mail stammt von einem externen Absender. Klicken Sie nicht auf Links und öffnen Sie keine Anhänge, wenn Sie den Absender nicht kennen.',
      'Wird diese E-Mail nicht richtig angezeigt? Öffnen Sie sie im Browser. Damit unsere Nachrichten Sie sicher erreichen, nehmen Sie unsere Adresse bitte in Ihr Adressbuch auf. Bilder werden von manchen Programmen erst nach Ihrer Zustimmung angezeigt.',
      'Diese Nachricht wurde auf Viren und schädliche Inhalte geprüft. Wir fragen niemals per E-Mail nach Passwörtern, Bankdaten oder Zahlungen; wenn Ihnen etwas ungewöhnlich vorkommt, wenden Sie sich bitte über die Kontaktdaten auf unserer Website an uns.',
    ],
    feet: [
      'Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser Mail sind nicht gestattet.',
      'Informationen zur Verarbeitung Ihrer personenbezogenen Daten finden Sie in unserer Datenschutzerklärung. Sie können Ihre Einstellungen jederzeit ändern oder sich abmelden.\nSitz der Gesellschaft: Lindenweg 12, 80331 Musterstadt. Amtsgericht Musterstadt, HRB 40211. Geschäftsführung: siehe Impressum.',
      'Bitte denken Sie an die Umwelt, bevor Sie diese E-Mail ausdrucken. Diese Nachricht wurde automatisch erstellt; bitte antworten Sie nicht an diese Adresse.',
    ],
  },
  fr: {
    heads: [
      'ATTENTION : ce courriel provient de l’extérieur de l’organisation. Ne cliquez pas sur les liens et n’ouvrez pas les pièces jointes si vous ne connaissez pas l’expéditeur.',
      'Vous ne parvenez pas à lire ce message ? Affichez-le dans votre navigateur. Pour recevoir nos messages dans votre boîte de réception, ajoutez notre adresse à vos contacts. Certaines images peuvent être masquées par votre messagerie.',
      'Ce message a été analysé par notre passerelle de sécurité. Nous ne vous demanderons jamais de mot de passe ni de coordonnées bancaires par courriel ; en cas de doute, contactez-nous via les coordonnées de notre site.',
    ],
    feet: [
      'Ce message et toutes les pièces jointes sont confidentiels et établis à l’intention exclusive de leurs destinataires. Si vous avez reçu ce message par erreur, merci d’en avertir immédiatement l’expéditeur et de le détruire. Toute utilisation, diffusion ou copie non autorisée est interdite.',
      'Conformément au règlement général sur la protection des données, vous disposez d’un droit d’accès, de rectification et de suppression de vos données. Pour modifier vos préférences ou vous désinscrire, rendez-vous dans votre espace. Siège social : 8 rue des Tilleuls, 69000 Exempleville.',
      'Merci de penser à l’environnement avant d’imprimer ce courriel. Ceci est un message automatique, merci de ne pas y répondre.',
    ],
  },
  es: {
    heads: [
      'PRECAUCIÓN: este correo procede de fuera de la organización. No haga clic en enlaces ni abra adjuntos salvo que reconozca al remitente.',
      '¿No ves bien este correo? Ábrelo en tu navegador. Para que nuestros mensajes lleguen a tu bandeja de entrada, añade nuestra dirección a tus contactos. Algunas imágenes pueden no mostrarse hasta que lo autorices.',
      'Este mensaje ha sido analizado en busca de virus. Nunca te pediremos contraseñas ni datos bancarios por correo; si algo te parece extraño, contáctanos a través de los datos de nuestra web.',
    ],
    feet: [
      'Este mensaje y sus archivos adjuntos son confidenciales y están dirigidos exclusivamente a su destinatario. Si lo ha recibido por error, le rogamos que lo comunique al remitente y lo elimine. Queda prohibida su copia, uso o divulgación sin autorización.',
      'De acuerdo con la normativa de protección de datos, puede ejercer sus derechos de acceso, rectificación y supresión escribiendo a nuestro delegado de protección de datos. Para cambiar tus preferencias o darte de baja, entra en tu cuenta. Domicilio social: Calle del Olmo 14, 28001 Villaejemplo.',
      'Antes de imprimir este correo, piensa en el medio ambiente. Este es un mensaje automático; por favor, no respondas a esta dirección.',
    ],
  },
  pt: {
    heads: [
      'ATENÇÃO: este e-mail foi enviado de fora da organização. Não clique em links nem abra anexos se não reconhecer o remetente.',
      'Não consegue ver este e-mail? Abra no navegador. Para garantir que nossas mensagens cheguem à sua caixa de entrada, adicione nosso endereço aos seus contatos.',
    ],
    feet: [
      'Esta mensagem e os seus anexos são confidenciais e destinam-se exclusivamente ao destinatário. Se a recebeu por engano, informe o remetente e apague-a. É proibida a cópia, utilização ou divulgação não autorizada.',
      'Em conformidade com a lei de proteção de dados, você pode solicitar acesso, correção ou exclusão dos seus dados a qualquer momento. Para alterar suas preferências ou cancelar a inscrição, acesse sua conta. Esta é uma mensagem automática, por favor não responda.',
    ],
  },
  it: {
    heads: [
      'ATTENZIONE: questa e-mail proviene dall’esterno dell’organizzazione. Non fare clic sui link e non aprire gli allegati se non riconosci il mittente.',
      'Non visualizzi correttamente questa e-mail? Aprila nel browser. Per ricevere i nostri messaggi nella posta in arrivo, aggiungi il nostro indirizzo ai tuoi contatti.',
    ],
    feet: [
      'Questo messaggio e gli eventuali allegati sono riservati e destinati esclusivamente al destinatario. Se lo ha ricevuto per errore, la preghiamo di avvisare il mittente e di cancellarlo. Ne è vietata la copia, la diffusione o l’uso non autorizzato.',
      'Informativa sul trattamento dei dati personali: può esercitare i diritti di accesso, rettifica e cancellazione scrivendo al nostro responsabile della protezione dei dati. Per modificare le preferenze o annullare l’iscrizione, accedi al tuo profilo. Messaggio generato automaticamente, si prega di non rispondere.',
    ],
  },
  nl: {
    heads: [
      'LET OP: deze e-mail is afkomstig van buiten de organisatie. Klik niet op links en open geen bijlagen tenzij u de afzender herkent.',
      'Wordt deze e-mail niet goed weergegeven? Bekijk hem in je browser. Voeg ons adres toe aan je contactpersonen, zodat onze berichten in je inbox terechtkomen.',
    ],
    feet: [
      'Dit bericht is uitsluitend bestemd voor de geadresseerde en kan vertrouwelijke informatie bevatten. Heeft u dit bericht per vergissing ontvangen, informeer dan de afzender en verwijder het bericht. Openbaarmaking, vermenigvuldiging of verspreiding is niet toegestaan.',
      'In onze privacyverklaring lees je welke persoonsgegevens we bewaren, waarom en hoe lang. Je voorkeuren wijzigen of je afmelden kan via je account. Dit is een automatisch bericht; je kunt hier niet op antwoorden.',
    ],
  },
  pl: {
    heads: [
      'UWAGA: ta wiadomość pochodzi spoza organizacji. Nie klikaj linków ani nie otwieraj załączników, jeśli nie znasz nadawcy.',
      'Wiadomość wyświetla się nieprawidłowo? Otwórz ją w przeglądarce. Dodaj nasz adres do kontaktów, aby nasze wiadomości trafiały do skrzynki odbiorczej.',
    ],
    feet: [
      'Ta wiadomość i jej załączniki są poufne i przeznaczone wyłącznie dla adresata. Jeśli otrzymałeś ją przez pomyłkę, poinformuj nadawcę i usuń ją. Kopiowanie, rozpowszechnianie lub wykorzystywanie jej treści bez zgody jest zabronione.',
      'Administratorem Twoich danych osobowych jest nadawca tej wiadomości. Masz prawo dostępu do danych, ich poprawiania i usunięcia. Aby zmienić ustawienia powiadomień lub wypisać się, przejdź do swojego konta. Wiadomość wygenerowana automatycznie, prosimy na nią nie odpowiadać.',
    ],
  },
  sv: {
    heads: [
      'VARNING: Detta e-postmeddelande kommer från en avsändare utanför organisationen. Klicka inte på länkar och öppna inte bilagor om du inte känner igen avsändaren.',
      'Visas inte mejlet korrekt? Öppna det i webbläsaren. Lägg till vår adress bland dina kontakter så att våra meddelanden hamnar i inkorgen.',
    ],
    feet: [
      'Detta meddelande kan innehålla konfidentiell information och är endast avsett för mottagaren. Om du har fått det av misstag, meddela avsändaren och radera det. All otillåten spridning eller kopiering är förbjuden.',
      'Läs i vår integritetspolicy hur vi behandlar dina personuppgifter och vilka rättigheter du har. Du kan ändra dina inställningar eller avregistrera dig via ditt konto. Detta är ett automatiskt meddelande och går inte att svara på.',
    ],
  },
  ja: {
    heads: [
      '【注意】このメールは組織外から送信されました。送信者に心当たりがない場合は、リンクをクリックしたり添付ファイルを開いたりしないでください。',
      'このメールが正しく表示されない場合は、ブラウザでご覧ください。メールが迷惑メールフォルダに入らないよう、当アドレスを連絡先に追加してください。',
    ],
    feet: [
      'このメールには機密情報が含まれている場合があります。誤って受信された場合は、お手数ですが送信者にご連絡のうえ、本メールを削除してください。無断での複製、転送、開示は禁止されています。',
      '※本メールは送信専用アドレスから自動送信されています。ご返信いただいてもお答えできません。個人情報の取り扱いについては、当社のプライバシーポリシーをご確認ください。配信設定の変更・停止はマイページから行えます。',
    ],
  },
};

/**
 * Both pools, per language. The first (above) had five banners and six notices in English and three of each
 * elsewhere: the model still learned the words of notices it never saw wrapped around job mail ("unsubscribe",
 * "settings", "profile", "statement") as signs of other mail, and the wrapped English check lost 9.6% of its job mail.
 * The second (`boilerplate-second.ts`, eight banners and eight notices per language) varies the wording: 3.9%.
 * The third (`boilerplate-third.ts`, the same again from other senders, with each country's legal footers) was added
 * in the sixteenth session, when the check had drifted back to 7.4%.
 */
export const BOILERPLATE: Readonly<Record<string, Boilerplate>> = Object.fromEntries(
  Object.entries(FIRST_POOL).map(([lang, first]) => {
    const more = [SECOND_POOL[lang], THIRD_POOL[lang]];
    return [lang, { heads: [...first.heads, ...more.flatMap((p) => p?.heads ?? [])], feet: [...first.feet, ...more.flatMap((p) => p?.feet ?? [])] }];
  }),
);
