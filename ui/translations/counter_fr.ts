<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
    <context>
        <name>CashPanel</name>
        <message>
            <source>Cash in the drawer</source>
            <translation>Espèces dans la caisse</translation>
        </message>
        <message>
            <source>Cash put in or taken out</source>
            <translation>Espèces ajoutées ou retirées</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Heure</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Montant</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Motif</translation>
        </message>
        <message>
            <source>By</source>
            <translation>Par</translation>
        </message>
        <message>
            <source>e.g. 500</source>
            <translation>ex. 500</translation>
        </message>
        <message>
            <source>Set float</source>
            <translation>Fixer le fond</translation>
        </message>
        <message>
            <source>Opening float</source>
            <translation>Fond de caisse</translation>
        </message>
        <message>
            <source>Why, e.g. bank deposit, supplier paid</source>
            <translation>Motif, ex. dépôt en banque</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Enregistrer</translation>
        </message>
        <message>
            <source>+ Cash sales</source>
            <translation>+ Ventes en espèces</translation>
        </message>
        <message>
            <source>− Cash refunds</source>
            <translation>− Remboursements en espèces</translation>
        </message>
        <message>
            <source>+ Cash in</source>
            <translation>+ Entrées d'espèces</translation>
        </message>
        <message>
            <source>− Cash out</source>
            <translation>− Sorties d'espèces</translation>
        </message>
        <message>
            <source>= Expected in the drawer</source>
            <translation>= Attendu en caisse</translation>
        </message>
    </context>
    <context>
        <name>ChartTab</name>
        <message>
            <source>Loading…</source>
            <translation>Chargement…</translation>
        </message>
        <message>
            <source>Loading the {days} days to {date}…</source>
            <translation>Chargement des {days} jours jusqu'au {date}…</translation>
        </message>
        <message numerus="yes">
            <source>{first} to {last}: %n return(s), {returned} returned of {sold} sold.</source>
            <translation>
                <numerusform>Du {first} au {last} : %n retour, {returned} retournés sur {sold} vendus.</numerusform>
                <numerusform>Du {first} au {last} : %n retours, {returned} retournés sur {sold} vendus.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{first} to {last}: %n return(s), {returned} returned of {sold} sold ({rate} of the value sold).</source>
            <translation>
                <numerusform>Du {first} au {last} : %n retour, {returned} retournés sur {sold} vendus ({rate} de la valeur vendue).</numerusform>
                <numerusform>Du {first} au {last} : %n retours, {returned} retournés sur {sold} vendus ({rate} de la valeur vendue).</numerusform>
            </translation>
        </message>
        <message>
            <source>Returns by reason&lt;br&gt;{days} days to {date}: none</source>
            <translation>Retours par motif&lt;br&gt;{days} jours jusqu'au {date} : aucun</translation>
        </message>
        <message>
            <source>Returns by reason&lt;br&gt;{days} days to {date}</source>
            <translation>Retours par motif&lt;br&gt;{days} jours jusqu'au {date}</translation>
        </message>
        <message>
            <source>Returns</source>
            <translation>Retours</translation>
        </message>
        <message>
            <source>Return rate per day (value returned ÷ value sold)</source>
            <translation>Taux de retour par jour (valeur retournée ÷ valeur vendue)</translation>
        </message>
        <message>
            <source>Return rate</source>
            <translation>Taux de retour</translation>
        </message>
        <message>
            <source>% of the day's sales</source>
            <translation>% des ventes du jour</translation>
        </message>
    </context>
    <context>
        <name>CountPanel</name>
        <message>
            <source>Count the drawer</source>
            <translation>Compter la caisse</translation>
        </message>
        <message>
            <source>Counted</source>
            <translation>Compté</translation>
        </message>
        <message>
            <source>Difference</source>
            <translation>Écart</translation>
        </message>
        <message>
            <source>Close the day…</source>
            <translation>Clôturer la journée…</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Billets</translation>
        </message>
        <message>
            <source>Coins</source>
            <translation>Pièces</translation>
        </message>
        <message>
            <source>Yes, close the day</source>
            <translation>Oui, clôturer la journée</translation>
        </message>
        <message>
            <source>Not yet</source>
            <translation>Pas encore</translation>
        </message>
    </context>
    <context>
        <name>DayCloseDialog</name>
        <message>
            <source>Export sales CSV…</source>
            <translation>Exporter les ventes en CSV…</translation>
        </message>
        <message>
            <source>Sales and cash close</source>
            <translation>Ventes et clôture de caisse</translation>
        </message>
        <message>
            <source>Loading {day}…</source>
            <translation>Chargement du {day}…</translation>
        </message>
        <message>
            <source>{day}: every till of the shop.</source>
            <translation>{day} : toutes les caisses du magasin.</translation>
        </message>
        <message>
            <source>{day}: closed.</source>
            <translation>{day} : clôturée.</translation>
        </message>
        <message>
            <source>The day could not be read: {error}</source>
            <translation>La journée n'a pas pu être lue : {error}</translation>
        </message>
        <message>
            <source>&lt;b&gt;This day is closed&lt;/b&gt; by {manager} on {when}: counted {counted}, expected {expected}. &lt;span style='color:{colour}'&gt;{difference}.&lt;/span&gt; It can be printed again, not changed.</source>
            <translation>&lt;b&gt;Cette journée est clôturée&lt;/b&gt; par {manager} le {when} : compté {counted}, attendu {expected}. &lt;span style='color:{colour}'&gt;{difference}.&lt;/span&gt; Elle peut être réimprimée, pas modifiée.</translation>
        </message>
        <message>
            <source>&lt;span style='color:{colour}'&gt;Cash moved by {amount} after the close (a late sale or return): it is not in the count.&lt;/span&gt;</source>
            <translation>&lt;span style='color:{colour}'&gt;{amount} d'espèces ont bougé après la clôture (une vente ou un retour tardif) : ils ne sont pas dans le comptage.&lt;/span&gt;</translation>
        </message>
        <message>
            <source>Opening float</source>
            <translation>Fond de caisse</translation>
        </message>
        <message>
            <source>Opening float of {amount} set.</source>
            <translation>Fond de caisse de {amount} enregistré.</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Montant</translation>
        </message>
        <message>
            <source>Write why the cash goes in or out.</source>
            <translation>Indiquez pourquoi les espèces entrent ou sortent.</translation>
        </message>
        <message>
            <source>{amount} put in: {reason}.</source>
            <translation>{amount} ajoutés : {reason}.</translation>
        </message>
        <message>
            <source>{amount} taken out: {reason}.</source>
            <translation>{amount} retirés : {reason}.</translation>
        </message>
        <message>
            <source>Close {day} with {counted} counted against {expected} expected? {difference}. A closed day cannot be changed afterwards.</source>
            <translation>Clôturer le {day} avec {counted} comptés pour {expected} attendus ? {difference}. Une journée clôturée ne peut plus être modifiée.</translation>
        </message>
        <message>
            <source>{day} is closed.</source>
            <translation>Le {day} est clôturé.</translation>
        </message>
        <message>
            <source>{day} is closed. {backup}.</source>
            <translation>Le {day} est clôturé. {backup}.</translation>
        </message>
        <message>
            <source>{field}: {error}</source>
            <translation>{field} : {error}</translation>
        </message>
        <message>
            <source>Nothing was saved: {error}</source>
            <translation>Rien n'a été enregistré : {error}</translation>
        </message>
    </context>
    <context>
        <name>DayPicker</name>
        <message>
            <source>◀ Previous day</source>
            <translation>◀ Jour précédent</translation>
        </message>
        <message>
            <source>Alt+Left or Page Up</source>
            <translation>Alt+Gauche ou Page précédente</translation>
        </message>
        <message>
            <source>Next day ▶</source>
            <translation>Jour suivant ▶</translation>
        </message>
        <message>
            <source>Alt+Right or Page Down</source>
            <translation>Alt+Droite ou Page suivante</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Aujourd'hui</translation>
        </message>
    </context>
    <context>
        <name>DayScreen</name>
        <message>
            <source>Loading…</source>
            <translation>Chargement…</translation>
        </message>
        <message>
            <source>&amp;Whole shop (hub)</source>
            <translation>Tout le &amp;magasin (serveur)</translation>
        </message>
        <message>
            <source>Every till of the shop, read from the shop's hub</source>
            <translation>Toutes les caisses du magasin, lues sur le serveur du magasin</translation>
        </message>
        <message>
            <source>Export the day's report as CSV</source>
            <translation>Exporter le rapport du jour en CSV</translation>
        </message>
        <message>
            <source>Export PDF…</source>
            <translation>Exporter en PDF…</translation>
        </message>
        <message>
            <source>Export the day's report as PDF</source>
            <translation>Exporter le rapport du jour en PDF</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Imprimer…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>Export CSV…</source>
            <translation>Exporter en CSV…</translation>
        </message>
        <message>
            <source>{day}: not loaded.</source>
            <translation>{day} : non chargé.</translation>
        </message>
        <message>
            <source>Saved {path}</source>
            <translation>Enregistré : {path}</translation>
        </message>
        <message>
            <source>The CSV could not be written: {reason}</source>
            <translation>Le CSV n'a pas pu être écrit : {reason}</translation>
        </message>
        <message>
            <source>The PDF could not be written: {reason}</source>
            <translation>Le PDF n'a pas pu être écrit : {reason}</translation>
        </message>
        <message>
            <source>Sent to the printer.</source>
            <translation>Envoyé à l'imprimante.</translation>
        </message>
        <message>
            <source>The page could not be printed: {reason}</source>
            <translation>La page n'a pas pu être imprimée : {reason}</translation>
        </message>
        <message>
            <source>Writing…</source>
            <translation>Écriture…</translation>
        </message>
    </context>
    <context>
        <name>DayTab</name>
        <message>
            <source>To look at</source>
            <translation>À vérifier</translation>
        </message>
        <message>
            <source>Reprint receipt (Ctrl+R)</source>
            <translation>Réimprimer le ticket (Ctrl+R)</translation>
        </message>
        <message>
            <source>Returns</source>
            <translation>Retours</translation>
        </message>
        <message>
            <source>Refunded</source>
            <translation>Remboursé</translation>
        </message>
        <message>
            <source>Deducted (kept)</source>
            <translation>Retenue (gardée)</translation>
        </message>
        <message>
            <source>Deducted</source>
            <translation>Retenue</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Motif</translation>
        </message>
        <message>
            <source>Clerk</source>
            <translation>Vendeur</translation>
        </message>
        <message>
            <source>By reason</source>
            <translation>Par motif</translation>
        </message>
        <message>
            <source>By clerk</source>
            <translation>Par vendeur</translation>
        </message>
        <message>
            <source>Select a return to read its decision in full.</source>
            <translation>Sélectionnez un retour pour lire sa décision en entier.</translation>
        </message>
        <message>
            <source>To look at ({count})</source>
            <translation>À vérifier ({count})</translation>
        </message>
        <message>
            <source>Nothing to look at: no override, no return by the clerk who made the sale, no cash for a card sale, no repeat customer.</source>
            <translation>Rien à vérifier : aucune dérogation, aucun retour pris par le vendeur de la vente, pas d'espèces pour une vente par carte, aucun client récurrent.</translation>
        </message>
        <message>
            <source>No returns on this day.</source>
            <translation>Aucun retour ce jour-là.</translation>
        </message>
        <message>
            <source>Override by {manager}: {reason}</source>
            <translation>Dérogation de {manager} : {reason}</translation>
        </message>
        <message>
            <source>order {order} of {date}</source>
            <translation>vente {order} du {date}</translation>
        </message>
        <message>
            <source>taken by {clerk}</source>
            <translation>pris par {clerk}</translation>
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
            <source>The shop's language</source>
            <translation>La langue du magasin</translation>
        </message>
        <message>
            <source>The login screen speaks the shop's language; once someone logs in, the window speaks theirs. Receipts are printed in the receipt's language, whoever sells.</source>
            <translation>L'écran de connexion est dans la langue du magasin ; une fois connecté, chacun voit la caisse dans sa propre langue. Les tickets sont imprimés dans la langue des tickets, quel que soit le vendeur.</translation>
        </message>
        <message>
            <source>Shop's language</source>
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
            <translation>File d'attente TikTok…</translation>
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
            <translation>Personne n'est connecté</translation>
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
            <source>{name}'s sale ({sale}) is kept until {name} logs in again.</source>
            <translation>La vente de {name} ({sale}) est gardée jusqu'à ce que {name} se reconnecte.</translation>
        </message>
        <message>
            <source>The products need a manager.</source>
            <translation>Les produits sont réservés au gérant.</translation>
        </message>
        <message>
            <source>Importing products needs a manager.</source>
            <translation>L'import de produits est réservé au gérant.</translation>
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
            <translation>La file d'attente TikTok est réservée au gérant.</translation>
        </message>
        <message>
            <source>The hub's window needs a manager.</source>
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
        <name>ReturnsReviewDialog</name>
        <message>
            <source>Returns review</source>
            <translation>Contrôle des retours</translation>
        </message>
        <message>
            <source>The day</source>
            <translation>La journée</translation>
        </message>
        <message numerus="yes">
            <source>Last %n day(s)</source>
            <translation>
                <numerusform>Dernier jour</numerusform>
                <numerusform>%n derniers jours</numerusform>
            </translation>
        </message>
        <message>
            <source>Loading {day}…</source>
            <translation>Chargement du {day}…</translation>
        </message>
        <message numerus="yes">
            <source>{day}: %n return(s) at every till of the shop.</source>
            <translation>
                <numerusform>{day} : %n retour, toutes caisses du magasin.</numerusform>
                <numerusform>{day} : %n retours, toutes caisses du magasin.</numerusform>
            </translation>
        </message>
        <message>
            <source>{day}: no returns at every till of the shop.</source>
            <translation>{day} : aucun retour dans toutes les caisses du magasin.</translation>
        </message>
        <message numerus="yes">
            <source>{day}: %n return(s).</source>
            <translation>
                <numerusform>{day} : %n retour.</numerusform>
                <numerusform>{day} : %n retours.</numerusform>
            </translation>
        </message>
        <message>
            <source>{day}: no returns.</source>
            <translation>{day} : aucun retour.</translation>
        </message>
        <message>
            <source>The returns could not be read: {error}</source>
            <translation>Les retours n'ont pas pu être lus : {error}</translation>
        </message>
        <message>
            <source>The last {days} days could not be read: {error}</source>
            <translation>Les {days} derniers jours n'ont pas pu être lus : {error}</translation>
        </message>
    </context>
    <context>
        <name>SalesPanel</name>
        <message>
            <source>Sales (Z report)</source>
            <translation>Ventes (rapport Z)</translation>
        </message>
        <message>
            <source>Sales</source>
            <translation>Ventes</translation>
        </message>
        <message>
            <source>Gross</source>
            <translation>Brut</translation>
        </message>
        <message>
            <source>Promotions</source>
            <translation>Promotions</translation>
        </message>
        <message>
            <source>Returns</source>
            <translation>Retours</translation>
        </message>
        <message>
            <source>Net</source>
            <translation>Net</translation>
        </message>
        <message>
            <source>Payment</source>
            <translation>Paiement</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Montant</translation>
        </message>
        <message>
            <source>Clerk</source>
            <translation>Vendeur</translation>
        </message>
        <message>
            <source>By payment method</source>
            <translation>Par mode de paiement</translation>
        </message>
        <message>
            <source>By clerk</source>
            <translation>Par vendeur</translation>
        </message>
        <message>
            <source>TikTok: each till sends its own events (see each till).</source>
            <translation>TikTok : chaque caisse envoie ses propres événements (voir chaque caisse).</translation>
        </message>
        <message numerus="yes">
            <source>TikTok: %n event(s) of this day still waiting, {failed} failed (see Manager → TikTok queue).</source>
            <translation>
                <numerusform>TikTok : %n événement de ce jour encore en attente, {failed} en échec (voir Gérant → File d'attente TikTok).</numerusform>
                <numerusform>TikTok : %n événements de ce jour encore en attente, {failed} en échec (voir Gérant → File d'attente TikTok).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>TikTok: %n event(s) of this day still waiting to be sent.</source>
            <translation>
                <numerusform>TikTok : %n événement de ce jour encore à envoyer.</numerusform>
                <numerusform>TikTok : %n événements de ce jour encore à envoyer.</numerusform>
            </translation>
        </message>
        <message>
            <source>TikTok: every event of this day has been sent.</source>
            <translation>TikTok : tous les événements de ce jour ont été envoyés.</translation>
        </message>
    </context>
    <context>
        <name>background</name>
        <message>
            <source>Something went wrong ({kind}: {error}). Nothing was saved.</source>
            <translation>Une erreur est survenue ({kind} : {error}). Rien n'a été enregistré.</translation>
        </message>
    </context>
    <context>
        <name>day_close</name>
        <message>
            <source>The day is not closed yet.</source>
            <translation>La journée n'est pas encore clôturée.</translation>
        </message>
        <message>
            <source>Counted</source>
            <translation>Compté</translation>
        </message>
        <message>
            <source>Closed by {manager} on {when}.</source>
            <translation>Clôturée par {manager} le {when}.</translation>
        </message>
        <message>
            <source>Count</source>
            <translation>Comptage</translation>
        </message>
        <message>
            <source>None.</source>
            <translation>Aucun.</translation>
        </message>
        <message>
            <source>= Expected</source>
            <translation>= Attendu</translation>
        </message>
        <message>
            <source>Opening float</source>
            <translation>Fond de caisse</translation>
        </message>
        <message>
            <source>+ Cash sales</source>
            <translation>+ Ventes en espèces</translation>
        </message>
        <message>
            <source>− Cash refunds</source>
            <translation>− Remboursements en espèces</translation>
        </message>
        <message>
            <source>+ Cash in</source>
            <translation>+ Entrées d'espèces</translation>
        </message>
        <message>
            <source>− Cash out</source>
            <translation>− Sorties d'espèces</translation>
        </message>
        <message>
            <source>Cash</source>
            <translation>Espèces</translation>
        </message>
        <message>
            <source>Cash put in or taken out</source>
            <translation>Espèces ajoutées ou retirées</translation>
        </message>
        <message>
            <source>Clerk</source>
            <translation>Vendeur</translation>
        </message>
        <message>
            <source>Sales</source>
            <translation>Ventes</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Montant</translation>
        </message>
        <message>
            <source>Returns paid back: {refunds}.</source>
            <translation>Retours remboursés : {refunds}.</translation>
        </message>
        <message>
            <source>Gross</source>
            <translation>Brut</translation>
        </message>
        <message>
            <source>Promotions</source>
            <translation>Promotions</translation>
        </message>
        <message>
            <source>Returns</source>
            <translation>Retours</translation>
        </message>
        <message>
            <source>Net</source>
            <translation>Net</translation>
        </message>
        <message>
            <source>Sales (Z report) · {shop} · {day}</source>
            <translation>Ventes (rapport Z) · {shop} · {day}</translation>
        </message>
        <message>
            <source>TikTok events of this day: {waiting} waiting, {failed} failed.</source>
            <translation>Événements TikTok de ce jour : {waiting} en attente, {failed} en échec.</translation>
        </message>
        <message>
            <source>By payment method</source>
            <translation>Par mode de paiement</translation>
        </message>
        <message>
            <source>By clerk</source>
            <translation>Par vendeur</translation>
        </message>
        <message>
            <source>Printed {moment}.</source>
            <translation>Imprimé le {moment}.</translation>
        </message>
        <message>
            <source>Short by {amount}</source>
            <translation>Manque {amount}</translation>
        </message>
        <message>
            <source>Over by {amount}</source>
            <translation>Excédent de {amount}</translation>
        </message>
        <message>
            <source>Exact: nothing missing, nothing over</source>
            <translation>Juste : rien ne manque, rien en trop</translation>
        </message>
        <message>
            <source>{date} at {time}</source>
            <translation>{date} à {time}</translation>
        </message>
    </context>
    <context>
        <name>returns_review</name>
        <message>
            <source>No returns on this day.</source>
            <translation>Aucun retour ce jour-là.</translation>
        </message>
        <message>
            <source>Returns</source>
            <translation>Retours</translation>
        </message>
        <message>
            <source>Refunded</source>
            <translation>Remboursé</translation>
        </message>
        <message>
            <source>Deducted</source>
            <translation>Retenue</translation>
        </message>
        <message>
            <source>Nothing to look at.</source>
            <translation>Rien à vérifier.</translation>
        </message>
        <message>
            <source>Printed {moment}.</source>
            <translation>Imprimé le {moment}.</translation>
        </message>
        <message>
            <source>Returns review · {shop} · {day}</source>
            <translation>Contrôle des retours · {shop} · {day}</translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;%n&lt;/b&gt; return(s) · refunded &lt;b&gt;{refunded}&lt;/b&gt; · deducted (kept) &lt;b&gt;{deducted}&lt;/b&gt;</source>
            <translation>
                <numerusform>&lt;b&gt;%n&lt;/b&gt; retour · remboursé &lt;b&gt;{refunded}&lt;/b&gt; · retenue (gardée) &lt;b&gt;{deducted}&lt;/b&gt;</numerusform>
                <numerusform>&lt;b&gt;%n&lt;/b&gt; retours · remboursé &lt;b&gt;{refunded}&lt;/b&gt; · retenue (gardée) &lt;b&gt;{deducted}&lt;/b&gt;</numerusform>
            </translation>
        </message>
        <message>
            <source>To look at</source>
            <translation>À vérifier</translation>
        </message>
        <message>
            <source>By reason</source>
            <translation>Par motif</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Motif</translation>
        </message>
        <message>
            <source>By clerk</source>
            <translation>Par vendeur</translation>
        </message>
        <message>
            <source>Clerk</source>
            <translation>Vendeur</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Heure</translation>
        </message>
        <message>
            <source>Return</source>
            <translation>Retour</translation>
        </message>
        <message>
            <source>Items</source>
            <translation>Articles</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Décision</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Résultat</translation>
        </message>
        <message>
            <source>Approved by</source>
            <translation>Approuvé par</translation>
        </message>
        <message>
            <source>Override reason</source>
            <translation>Motif de la dérogation</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>Vente</translation>
        </message>
        <message>
            <source>Order date</source>
            <translation>Date de vente</translation>
        </message>
        <message>
            <source>Policy</source>
            <translation>Politique</translation>
        </message>
        <message>
            <source>Override</source>
            <translation>Dérogation</translation>
        </message>
        <message>
            <source>Same clerk</source>
            <translation>Même vendeur</translation>
        </message>
        <message>
            <source>Cash for card</source>
            <translation>Espèces pour une carte</translation>
        </message>
        <message>
            <source>Repeat customer</source>
            <translation>Client récurrent</translation>
        </message>
        <message>
            <source>Sale not verified</source>
            <translation>Vente non vérifiée</translation>
        </message>
        <message>
            <source>Returned twice</source>
            <translation>Retourné deux fois</translation>
        </message>
    </context>
</TS>
