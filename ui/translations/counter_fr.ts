<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>HubDialog</name>
    <message>
        <source>Hub</source>
        <translation>Serveur du magasin</translation>
    </message>
    <message>
        <source>This till and its shop&apos;s hub</source>
        <translation>Cette caisse et le serveur du magasin</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>Caisse</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Magasin</translation>
    </message>
    <message>
        <source>Last push</source>
        <translation>Dernier envoi</translation>
    </message>
    <message>
        <source>Last pull</source>
        <translation>Dernière réception</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>En attente d&apos;envoi</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Dernière erreur</translation>
    </message>
    <message>
        <source>Sync now  (Ctrl+S)</source>
        <translation>Synchroniser  (Ctrl+S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Syncing with the hub…</source>
        <translation>Synchronisation avec le serveur du magasin…</translation>
    </message>
</context>
<context>
    <name>HubScheduler</name>
    <message>
        <source>The last sync stopped on an error: {error}</source>
        <translation>La dernière synchronisation s&apos;est arrêtée sur une erreur : {error}</translation>
    </message>
</context>
<context>
    <name>LanguagesDialog</name>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>French and Arabic, both on each receipt</source>
        <translation>Français et arabe, les deux sur chaque ticket</translation>
    </message>
    <message>
        <source>The shop&apos;s language</source>
        <translation>La langue du magasin</translation>
    </message>
    <message>
        <source>The login screen speaks the shop&apos;s language; once someone logs in, the window speaks theirs. Receipts are printed in the receipt&apos;s language, whoever sells.</source>
        <translation>L&apos;écran de connexion est dans la langue du magasin ; une fois connecté, chacun voit la caisse dans sa propre langue. Les tickets sont imprimés dans la langue des tickets, quel que soit le vendeur.</translation>
    </message>
    <message>
        <source>Shop&apos;s language</source>
        <translation>Langue du magasin</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>Tickets</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Counter — {shop}</source>
        <translation>Counter — {shop}</translation>
    </message>
    <message>
        <source>&amp;Sale</source>
        <translation>&amp;Vente</translation>
    </message>
    <message>
        <source>New sale</source>
        <translation>Nouvelle vente</translation>
    </message>
    <message>
        <source>Return or exchange… (F8)</source>
        <translation>Retour ou échange… (F8)</translation>
    </message>
    <message>
        <source>Reprint last receipt</source>
        <translation>Réimprimer le dernier ticket</translation>
    </message>
    <message>
        <source>&amp;Manager</source>
        <translation>&amp;Gérant</translation>
    </message>
    <message>
        <source>Products…</source>
        <translation>Produits…</translation>
    </message>
    <message>
        <source>Import products…</source>
        <translation>Importer des produits…</translation>
    </message>
    <message>
        <source>Return policy…</source>
        <translation>Politique de retour…</translation>
    </message>
    <message>
        <source>Languages…</source>
        <translation>Langues…</translation>
    </message>
    <message>
        <source>Returns review…</source>
        <translation>Contrôle des retours…</translation>
    </message>
    <message>
        <source>Sales and cash close…</source>
        <translation>Ventes et clôture de caisse…</translation>
    </message>
    <message>
        <source>TikTok settings…</source>
        <translation>Réglages TikTok…</translation>
    </message>
    <message>
        <source>TikTok queue…</source>
        <translation>File d&apos;attente TikTok…</translation>
    </message>
    <message>
        <source>&amp;Hub…</source>
        <translation>&amp;Serveur du magasin…</translation>
    </message>
    <message>
        <source>S&amp;taff</source>
        <translation>&amp;Personnel</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <source>Not logged in</source>
        <translation>Personne n&apos;est connecté</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>gérant</translation>
    </message>
    <message>
        <source>clerk</source>
        <translation>vendeur</translation>
    </message>
    <message>
        <source>{name} ({role}) · {shop}</source>
        <translation>{name} ({role}) · {shop}</translation>
    </message>
    <message>
        <source>{name}&apos;s sale ({sale}) is kept until {name} logs in again.</source>
        <translation>La vente de {name} ({sale}) est gardée jusqu&apos;à ce que {name} se reconnecte.</translation>
    </message>
    <message>
        <source>The products need a manager.</source>
        <translation>Les produits sont réservés au gérant.</translation>
    </message>
    <message>
        <source>Importing products needs a manager.</source>
        <translation>L&apos;import de produits est réservé au gérant.</translation>
    </message>
    <message>
        <source>Changing the return policy needs a manager.</source>
        <translation>Seul un gérant peut modifier la politique de retour.</translation>
    </message>
    <message>
        <source>The TikTok settings need a manager.</source>
        <translation>Les réglages TikTok sont réservés au gérant.</translation>
    </message>
    <message>
        <source>The TikTok queue needs a manager.</source>
        <translation>La file d&apos;attente TikTok est réservée au gérant.</translation>
    </message>
    <message>
        <source>The hub&apos;s window needs a manager.</source>
        <translation>Le serveur du magasin est réservé au gérant.</translation>
    </message>
    <message>
        <source>The languages need a manager.</source>
        <translation>Les langues sont réservées au gérant.</translation>
    </message>
    <message>
        <source>The returns review needs a manager.</source>
        <translation>Le contrôle des retours est réservé au gérant.</translation>
    </message>
    <message>
        <source>The sales report and the cash close need a manager.</source>
        <translation>Le rapport des ventes et la clôture de caisse sont réservés au gérant.</translation>
    </message>
</context>
<context>
    <name>SyncStatusLabel</name>
    <message>
        <source>TikTok: …</source>
        <translation>TikTok : …</translation>
    </message>
</context>
<context>
    <name>TikTokQueueDialog</name>
    <message>
        <source>TikTok queue</source>
        <translation>File d&apos;attente TikTok</translation>
    </message>
    <message>
        <source>Events not yet accepted by TikTok</source>
        <translation>Événements pas encore acceptés par TikTok</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Retry selected</source>
        <translation>Renvoyer la sélection</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>Envoyer maintenant</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>The queue could not be read: {error}</source>
        <translation>Impossible de lire la file d&apos;attente : {error}</translation>
    </message>
    <message>
        <source>Waiting: {waiting} · failed: {failed} · expired: {expired} · sent in all: {sent}.</source>
        <translation>En attente : {waiting} · en échec : {failed} · expirés : {expired} · envoyés au total : {sent}.</translation>
    </message>
    <message>
        <source>TikTok could not be reached at the last try: the waiting events go when the connection is back.</source>
        <translation>TikTok était injoignable au dernier essai : les événements en attente partiront au retour de la connexion.</translation>
    </message>
    <message>
        <source>Showing the oldest {limit}.</source>
        <translation>Affichage des {limit} plus anciens.</translation>
    </message>
    <message>
        <source>next send</source>
        <translation>prochain envoi</translation>
    </message>
    <message>
        <source>today {time}</source>
        <translation>aujourd&apos;hui {time}</translation>
    </message>
    <message>
        <source>No error so far.</source>
        <translation>Aucune erreur pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Event {event_id}: {reason}</source>
        <translation>Événement {event_id} : {reason}</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) selected.</source>
        <translation>
            <numerusform>%n événement sélectionné.</numerusform>
            <numerusform>%n événements sélectionnés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the events to send again first.</source>
        <translation>Sélectionnez d&apos;abord les événements à renvoyer.</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) put back in the queue; they go with the next send.</source>
        <translation>
            <numerusform>%n événement remis dans la file d&apos;attente ; il partira au prochain envoi.</numerusform>
            <numerusform>%n événements remis dans la file d&apos;attente ; ils partiront au prochain envoi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to put back: those events are already waiting.</source>
        <translation>Rien à remettre : ces événements sont déjà en attente.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
</context>
<context>
    <name>TikTokSettingsDialog</name>
    <message>
        <source>TikTok settings</source>
        <translation>Réglages TikTok</translation>
    </message>
    <message>
        <source>Counter sales are sent to TikTok as conversion events (ViewContent, InitiateCheckout, PlaceAnOrder). Customer email and phone leave this computer only hashed.</source>
        <translation>Les ventes en caisse sont envoyées à TikTok comme événements de conversion (ViewContent, InitiateCheckout, PlaceAnOrder). L&apos;e-mail et le téléphone du client ne quittent cet ordinateur que hachés.</translation>
    </message>
    <message>
        <source>Send counter events to TikTok</source>
        <translation>Envoyer les événements de la caisse à TikTok</translation>
    </message>
    <message>
        <source>https://your-shop.example/</source>
        <translation>https://votre-boutique.ma/</translation>
    </message>
    <message>
        <source>Pixel code, e.g. COQDA8RC77U2TMR44LI0</source>
        <translation>Code du pixel, par ex. COQDA8RC77U2TMR44LI0</translation>
    </message>
    <message>
        <source>Only while testing, e.g. TEST12345</source>
        <translation>Seulement pendant les essais, par ex. TEST12345</translation>
    </message>
    <message>
        <source>Event source</source>
        <translation>Source des événements</translation>
    </message>
    <message>
        <source>Event source id</source>
        <translation>Identifiant de la source</translation>
    </message>
    <message>
        <source>Page URL</source>
        <translation>Adresse de la page</translation>
    </message>
    <message>
        <source>Test event code</source>
        <translation>Code d&apos;événement de test</translation>
    </message>
    <message>
        <source>Drop events older than (days)</source>
        <translation>Âge maximum des événements (jours)</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Jeton d&apos;accès</translation>
    </message>
    <message>
        <source>Clear token</source>
        <translation>Effacer le jeton</translation>
    </message>
    <message>
        <source>removed when you save</source>
        <translation>effacé à l&apos;enregistrement</translation>
    </message>
    <message>
        <source>The stored token will be removed. Events wait in the queue until a new token is saved.</source>
        <translation>Le jeton enregistré sera effacé. Les événements attendent dans la file d&apos;attente jusqu&apos;à l&apos;enregistrement d&apos;un nouveau jeton.</translation>
    </message>
    <message>
        <source>{token} (stored)</source>
        <translation>{token} (enregistré)</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored token, or paste a new one to replace it. It is kept in the system keyring, or a file only you can read, and never shown.</source>
        <translation>Laissez vide pour garder le jeton enregistré, ou collez-en un nouveau pour le remplacer. Il est gardé dans le trousseau du système, ou dans un fichier que vous seul pouvez lire, et n&apos;est jamais affiché.</translation>
    </message>
    <message>
        <source>Paste the access token from TikTok Events Manager. It is kept in the system keyring, or a file only you can read, and never shown.</source>
        <translation>Collez le jeton d&apos;accès de TikTok Events Manager. Il est gardé dans le trousseau du système, ou dans un fichier que vous seul pouvez lire, et n&apos;est jamais affiché.</translation>
    </message>
    <message>
        <source>The access token has no spaces: paste it again.</source>
        <translation>Le jeton d&apos;accès ne contient pas d&apos;espaces : collez-le à nouveau.</translation>
    </message>
    <message>
        <source>The settings are saved, but the token could not be stored: {reason}.</source>
        <translation>Les réglages sont enregistrés, mais le jeton n&apos;a pas pu être gardé : {reason}.</translation>
    </message>
</context>
<context>
    <name>background</name>
    <message>
        <source>Something went wrong ({kind}: {error}). Nothing was saved.</source>
        <translation>Une erreur est survenue ({kind} : {error}). Rien n&apos;a été enregistré.</translation>
    </message>
</context>
<context>
    <name>hub_dialog</name>
    <message>
        <source>This till stands alone: it has no hub. To attach it to its shop&apos;s hub, run {command}.</source>
        <translation>Cette caisse est autonome : elle n&apos;a pas de serveur du magasin. Pour la rattacher au serveur de son magasin, lancez {command}.</translation>
    </message>
</context>
<context>
    <name>tiktok_queue</name>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Essais</translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation>Prochain essai</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Event id</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>En échec</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>needs the token</source>
        <translation>jeton requis</translation>
    </message>
    <message>
        <source>needs a new token</source>
        <translation>nouveau jeton requis</translation>
    </message>
    <message>
        <source>sending is off</source>
        <translation>envoi désactivé</translation>
    </message>
    <message>
        <source>Sending is paused.</source>
        <translation>L&apos;envoi est suspendu.</translation>
    </message>
    <message>
        <source>Sending is paused: {words}</source>
        <translation>L&apos;envoi est suspendu : {words}</translation>
    </message>
</context>
<context>
    <name>tiktok_settings</name>
    <message>
        <source>Web (a TikTok pixel)</source>
        <translation>Web (un pixel TikTok)</translation>
    </message>
    <message>
        <source>Offline (an offline event set)</source>
        <translation>Hors ligne (un ensemble d&apos;événements hors ligne)</translation>
    </message>
    <message>
        <source>Set in this computer&apos;s environment, and used instead of what is saved here: {names}.</source>
        <translation>Définis dans l&apos;environnement de cet ordinateur, et utilisés à la place de ce qui est enregistré ici : {names}.</translation>
    </message>
</context>
<context>
    <name>tiktok_sync</name>
    <message>
        <source>Manager → TikTok settings: add the access token</source>
        <translation>Gérant → Réglages TikTok : ajoutez le jeton d&apos;accès</translation>
    </message>
    <message>
        <source>Manager → TikTok settings: check the access token and pixel</source>
        <translation>Gérant → Réglages TikTok : vérifiez le jeton d&apos;accès et le pixel</translation>
    </message>
    <message>
        <source>Manager → TikTok queue</source>
        <translation>Gérant → File d&apos;attente TikTok</translation>
    </message>
    <message>
        <source>TikTok: all sent</source>
        <translation>TikTok : tout est envoyé</translation>
    </message>
    <message>
        <source>TikTok: {n} waiting</source>
        <translation>TikTok : {n} en attente</translation>
    </message>
    <message>
        <source>TikTok: offline, {n} waiting</source>
        <translation>TikTok : hors ligne, {n} en attente</translation>
    </message>
    <message>
        <source>TikTok: token rejected</source>
        <translation>TikTok : jeton refusé</translation>
    </message>
    <message>
        <source>TikTok: no access token</source>
        <translation>TikTok : pas de jeton d&apos;accès</translation>
    </message>
    <message>
        <source>TikTok: off</source>
        <translation>TikTok : désactivé</translation>
    </message>
    <message>
        <source>{n} failed</source>
        <translation>{n} en échec</translation>
    </message>
</context>
</TS>
