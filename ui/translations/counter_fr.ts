<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AdjustStockDialog</name>
    <message>
        <source>Adjust stock</source>
        <translation>Ajuster le stock</translation>
    </message>
    <message>
        <source>Counted on the shelf</source>
        <translation>Compté en rayon</translation>
    </message>
    <message>
        <source>Change by</source>
        <translation>Variation de</translation>
    </message>
    <message>
        <source>What happened (required for Other)</source>
        <translation>Ce qui s&apos;est passé (obligatoire pour Autre)</translation>
    </message>
    <message>
        <source>Adjust</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Stock after</source>
        <translation>Stock après</translation>
    </message>
    <message>
        <source>{stock}  (no change)</source>
        <translation>{stock}  (aucun changement)</translation>
    </message>
    <message>
        <source>{name}: stock {old} → {new} ({change}, {reason}).</source>
        <translation>{name} : stock {old} → {new} ({change}, {reason}).</translation>
    </message>
</context>
<context>
    <name>CartTableModel</name>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Qté</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <source>Promotion</source>
        <translation>Promotion</translation>
    </message>
    <message>
        <source>Line total</source>
        <translation>Total ligne</translation>
    </message>
    <message>
        <source>Only {stock} in stock; sale allowed by a manager.</source>
        <translation>Seulement {stock} en stock ; vente autorisée par un gérant.</translation>
    </message>
</context>
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
        <translation>+ Entrées d&apos;espèces</translation>
    </message>
    <message>
        <source>− Cash out</source>
        <translation>− Sorties d&apos;espèces</translation>
    </message>
    <message>
        <source>= Expected in the drawer</source>
        <translation>= Attendu en caisse</translation>
    </message>
    <message numerus="yes">
        <source>Cash drawer: opened %n time(s).</source>
        <translation>
            <numerusform>Tiroir-caisse : ouvert %n fois.</numerusform>
            <numerusform>Tiroir-caisse : ouvert %n fois.</numerusform>
        </translation>
    </message>
    <message>
        <source>{why}: {count}</source>
        <translation>{why} : {count}</translation>
    </message>
    <message>
        <source>{time} {manager}: {reason}</source>
        <translation>{time} {manager} : {reason}</translation>
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
        <translation>Chargement des {days} jours jusqu&apos;au {date}…</translation>
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
        <translation>Retours par motif&lt;br&gt;{days} jours jusqu&apos;au {date} : aucun</translation>
    </message>
    <message>
        <source>Returns by reason&lt;br&gt;{days} days to {date}</source>
        <translation>Retours par motif&lt;br&gt;{days} jours jusqu&apos;au {date}</translation>
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
        <source>% of the day&apos;s sales</source>
        <translation>% des ventes du jour</translation>
    </message>
</context>
<context>
    <name>CollectionsDialog</name>
    <message>
        <source>Collections</source>
        <translation>Collections</translation>
    </message>
    <message>
        <source>Collection name</source>
        <translation>Nom de la collection</translation>
    </message>
    <message>
        <source>Add collection</source>
        <translation>Ajouter la collection</translation>
    </message>
    <message>
        <source>Rename selected</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message numerus="yes">
        <source>{name}  ·  %n product(s)</source>
        <translation>
            <numerusform>{name}  ·  %n produit</numerusform>
            <numerusform>{name}  ·  %n produits</numerusform>
        </translation>
    </message>
    <message>
        <source>Collection &apos;{name}&apos; added.</source>
        <translation>Collection « {name} » ajoutée.</translation>
    </message>
    <message>
        <source>Select the collection to rename.</source>
        <translation>Sélectionnez la collection à renommer.</translation>
    </message>
    <message>
        <source>&apos;{old}&apos; is now &apos;{name}&apos;.</source>
        <translation>« {old} » s&apos;appelle maintenant « {name} ».</translation>
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
    <name>CreditNoteDialog</name>
    <message>
        <source>Credit note</source>
        <translation>Bon d&apos;avoir</translation>
    </message>
    <message>
        <source>Scan the credit note, or type its code (CN-…)</source>
        <translation>Scannez le bon d&apos;avoir, ou tapez son code (CN-…)</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Code</translation>
    </message>
    <message>
        <source>Look up</source>
        <translation>Chercher</translation>
    </message>
    <message>
        <source>Paid with it</source>
        <translation>Payé avec ce bon</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>Vente</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a credit note&apos;s code: it reads CN- and 8 letters or digits.</source>
        <translation>« {text} » n&apos;est pas un code de bon d&apos;avoir : il s&apos;écrit CN- et 8 lettres ou chiffres.</translation>
    </message>
    <message>
        <source>Looking {code} up…</source>
        <translation>Recherche de {code}…</translation>
    </message>
    <message>
        <source>No credit note has the code {code}.</source>
        <translation>Aucun bon d&apos;avoir n&apos;a le code {code}.</translation>
    </message>
    <message>
        <source>The hub, which knows the other tills&apos; notes, did not answer: {why}</source>
        <translation>Le serveur du magasin, qui connaît les bons des autres caisses, n&apos;a pas répondu : {why}</translation>
    </message>
    <message>
        <source>Balance: {balance}</source>
        <translation>Solde : {balance}</translation>
    </message>
    <message>
        <source>EXPIRED on {day}: it pays for nothing now.</source>
        <translation>EXPIRÉ le {day} : il ne paie plus rien.</translation>
    </message>
    <message>
        <source>Never expires.</source>
        <translation>N&apos;expire jamais.</translation>
    </message>
    <message>
        <source>Expires on {day}.</source>
        <translation>Expire le {day}.</translation>
    </message>
    <message>
        <source>Credit note {code}, worth {value}.</source>
        <translation>Bon d&apos;avoir {code}, d&apos;une valeur de {value}.</translation>
    </message>
    <message>
        <source>Given by return {number} on {day}.</source>
        <translation>Donné par le retour {number} le {day}.</translation>
    </message>
    <message>
        <source>Customer: {name}.</source>
        <translation>Client : {name}.</translation>
    </message>
    <message>
        <source>Not used yet.</source>
        <translation>Pas encore utilisé.</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Find a customer: phone or name</source>
        <translation>Chercher un client : téléphone ou nom</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Achats</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Dernière visite</translation>
    </message>
    <message>
        <source>The customer agrees that we keep their email and phone</source>
        <translation>Le client accepte que nous gardions son e-mail et son téléphone</translation>
    </message>
    <message>
        <source>History… (Ctrl+H)</source>
        <translation>Historique… (Ctrl+H)</translation>
    </message>
    <message>
        <source>No customer found for “{text}”.</source>
        <translation>Aucun client trouvé pour « {text} ».</translation>
    </message>
    <message>
        <source>Pick a customer or type their phone first.</source>
        <translation>Choisissez d&apos;abord un client ou saisissez son téléphone.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>↓ ↑ pick a customer, Enter attaches them, Ctrl+H their history.</source>
        <translation>↓ ↑ choisir un client, Entrée l&apos;associe à la vente, Ctrl+H son historique.</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>No customer</source>
        <translation>Sans client</translation>
    </message>
</context>
<context>
    <name>CustomerHistoryDialog</name>
    <message>
        <source>Customer history</source>
        <translation>Historique du client</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>Vente</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>Caisse</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Remboursement</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Bon d&apos;avoir</translation>
    </message>
    <message>
        <source>&amp;Erase customer…</source>
        <translation>&amp;Effacer le client…</translation>
    </message>
    <message>
        <source>Why the customer is erased, then Enter</source>
        <translation>Pourquoi le client est effacé, puis Entrée</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Achats</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Retours</translation>
    </message>
    <message>
        <source>No sale here has this customer (any more).</source>
        <translation>Aucune vente ici n&apos;a (plus) ce client.</translation>
    </message>
    <message numerus="yes">
        <source>%n purchase(s), {spent} in all</source>
        <translation>
            <numerusform>%n achat, {spent} en tout</numerusform>
            <numerusform>%n achats, {spent} en tout</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n return(s), {refunded} given back</source>
        <translation>
            <numerusform>%n retour, {refunded} remboursés</numerusform>
            <numerusform>%n retours, {refunded} remboursés</numerusform>
        </translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Échange</translation>
    </message>
    <message>
        <source>cash</source>
        <translation>espèces</translation>
    </message>
    <message>
        <source>card</source>
        <translation>carte bancaire</translation>
    </message>
    <message>
        <source>store credit</source>
        <translation>avoir</translation>
    </message>
    <message>
        <source>{code}: {balance} left</source>
        <translation>{code} : solde {balance}</translation>
    </message>
    <message>
        <source>Type why the customer is erased, then Enter.</source>
        <translation>Saisissez pourquoi le client est effacé, puis Entrée.</translation>
    </message>
    <message>
        <source>Give the reason for erasing the customer.</source>
        <translation>Donnez le motif de l&apos;effacement du client.</translation>
    </message>
    <message numerus="yes">
        <source>Erase {who}? Their name, phone and email leave %n sale(s) here and on the hub, their parked carts and the TikTok events not yet sent. The sales stay, with their totals, without a customer. This cannot be undone.</source>
        <translation>
            <numerusform>Effacer {who} ? Son nom, son téléphone et son e-mail disparaissent de %n vente ici et sur le serveur central, de ses paniers en attente et des événements TikTok pas encore envoyés. La vente reste, avec son total, sans client. C&apos;est irréversible.</numerusform>
            <numerusform>Effacer {who} ? Son nom, son téléphone et son e-mail disparaissent de %n ventes ici et sur le serveur central, de ses paniers en attente et des événements TikTok pas encore envoyés. Les ventes restent, avec leurs totaux, sans client. C&apos;est irréversible.</numerusform>
        </translation>
    </message>
    <message>
        <source>Erase the customer</source>
        <translation>Effacer le client</translation>
    </message>
    <message>
        <source>erase them</source>
        <translation>l&apos;effacer</translation>
    </message>
    <message>
        <source>keep them</source>
        <translation>le garder</translation>
    </message>
    <message>
        <source>A manager erases the customer: their PIN.</source>
        <translation>Un gérant efface le client : son code PIN.</translation>
    </message>
    <message numerus="yes">
        <source>Customer erased: %n sale(s) kept without a customer.</source>
        <translation>
            <numerusform>Client effacé : %n vente gardée sans client.</numerusform>
            <numerusform>Client effacé : %n ventes gardées sans client.</numerusform>
        </translation>
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
        <translation>La journée n&apos;a pas pu être lue : {error}</translation>
    </message>
    <message>
        <source>&lt;b&gt;This day is closed&lt;/b&gt; by {manager} on {when}: counted {counted}, expected {expected}. &lt;span style=&apos;color:{colour}&apos;&gt;{difference}.&lt;/span&gt; It can be printed again, not changed.</source>
        <translation>&lt;b&gt;Cette journée est clôturée&lt;/b&gt; par {manager} le {when} : compté {counted}, attendu {expected}. &lt;span style=&apos;color:{colour}&apos;&gt;{difference}.&lt;/span&gt; Elle peut être réimprimée, pas modifiée.</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:{colour}&apos;&gt;Cash moved by {amount} after the close (a late sale or return): it is not in the count.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:{colour}&apos;&gt;{amount} d&apos;espèces ont bougé après la clôture (une vente ou un retour tardif) : ils ne sont pas dans le comptage.&lt;/span&gt;</translation>
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
        <source>Parked carts</source>
        <translation>Paniers en attente</translation>
    </message>
    <message>
        <source>void them</source>
        <translation>les annuler</translation>
    </message>
    <message>
        <source>keep them parked</source>
        <translation>les garder en attente</translation>
    </message>
    <message numerus="yes">
        <source>%n parked cart(s) voided.</source>
        <translation>
            <numerusform>%n panier en attente annulé.</numerusform>
            <numerusform>%n paniers en attente annulés.</numerusform>
        </translation>
    </message>
    <message>
        <source>{field}: {error}</source>
        <translation>{field} : {error}</translation>
    </message>
    <message>
        <source>Nothing was saved: {error}</source>
        <translation>Rien n&apos;a été enregistré : {error}</translation>
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
        <translation>Aujourd&apos;hui</translation>
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
        <source>Every till of the shop, read from the shop&apos;s hub</source>
        <translation>Toutes les caisses du magasin, lues sur le serveur du magasin</translation>
    </message>
    <message>
        <source>Export the day&apos;s report as CSV</source>
        <translation>Exporter le rapport du jour en CSV</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Exporter en PDF…</translation>
    </message>
    <message>
        <source>Export the day&apos;s report as PDF</source>
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
        <translation>Le CSV n&apos;a pas pu être écrit : {reason}</translation>
    </message>
    <message>
        <source>The PDF could not be written: {reason}</source>
        <translation>Le PDF n&apos;a pas pu être écrit : {reason}</translation>
    </message>
    <message>
        <source>Printing on the receipt printer…</source>
        <translation>Impression sur l&apos;imprimante de tickets…</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Envoyé à l&apos;imprimante.</translation>
    </message>
    <message>
        <source>The page could not be printed: {reason}</source>
        <translation>La page n&apos;a pas pu être imprimée : {reason}</translation>
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
        <source>Customer (Ctrl+H)</source>
        <translation>Client (Ctrl+H)</translation>
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
        <translation>Rien à vérifier : aucune dérogation, aucun retour pris par le vendeur de la vente, pas d&apos;espèces pour une vente par carte, aucun client récurrent.</translation>
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
    <name>DiscountDialog</name>
    <message>
        <source>Discount on the line</source>
        <translation>Remise sur la ligne</translation>
    </message>
    <message>
        <source>&amp;Percent (%)</source>
        <translation>&amp;Pourcentage (%)</translation>
    </message>
    <message>
        <source>&amp;Amount (MAD)</source>
        <translation>&amp;Montant (MAD)</translation>
    </message>
    <message>
        <source>New p&amp;rice (MAD)</source>
        <translation>Nouveau p&amp;rix (MAD)</translation>
    </message>
    <message>
        <source>Pick or type the reason</source>
        <translation>Choisissez ou saisissez le motif</translation>
    </message>
    <message>
        <source>Taken after the promotions and the lines&apos; discounts; a percent is rounded to the centime.</source>
        <translation>Appliquée après les promotions et les remises des lignes ; un pourcentage est arrondi au centime.</translation>
    </message>
    <message>
        <source>Taken after the promotion; a percent is rounded to the centime.</source>
        <translation>Appliquée après la promotion ; un pourcentage est arrondi au centime.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Remise</translation>
    </message>
    <message>
        <source>Discount on the sale</source>
        <translation>Remise sur la vente</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
</context>
<context>
    <name>DiscountLimitsDialog</name>
    <message>
        <source>Discount limits</source>
        <translation>Limites de remise</translation>
    </message>
    <message>
        <source>Clerks, at most (%)</source>
        <translation>Vendeurs, au plus (%)</translation>
    </message>
    <message>
        <source>Managers, at most (%)</source>
        <translation>Gérants, au plus (%)</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sans limite</translation>
    </message>
    <message>
        <source>Beyond their limit, a clerk&apos;s discount needs a manager&apos;s PIN. Empty: no limit.</source>
        <translation>Au-delà de sa limite, la remise d&apos;un vendeur demande le code PIN d&apos;un gérant. Vide : sans limite.</translation>
    </message>
    <message>
        <source>A limit is a percentage between 0 and 100.</source>
        <translation>Une limite est un pourcentage entre 0 et 100.</translation>
    </message>
</context>
<context>
    <name>DrawerDialog</name>
    <message>
        <source>Open the drawer</source>
        <translation>Ouvrir le tiroir-caisse</translation>
    </message>
    <message>
        <source>The drawer opens with no sale: say why. The opening is recorded with your name and counted in the Z report.</source>
        <translation>Le tiroir-caisse s&apos;ouvre sans vente : indiquez pourquoi. L&apos;ouverture est enregistrée à votre nom et comptée dans le rapport Z.</translation>
    </message>
    <message>
        <source>Reason, e.g. change for the bank</source>
        <translation>Motif, p. ex. monnaie pour la banque</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Motif</translation>
    </message>
    <message>
        <source>Open the drawer (Enter)</source>
        <translation>Ouvrir le tiroir-caisse (Entrée)</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Annuler (Échap)</translation>
    </message>
    <message>
        <source>Opening the drawer…</source>
        <translation>Ouverture du tiroir-caisse…</translation>
    </message>
    <message>
        <source>This till has no receipt printer with a cash drawer (Manager → Printer): nothing was opened or recorded.</source>
        <translation>Cette caisse n&apos;a pas d&apos;imprimante de tickets avec un tiroir-caisse (Gérant → Imprimante) : rien n&apos;a été ouvert ni enregistré.</translation>
    </message>
</context>
<context>
    <name>HardwareDialog</name>
    <message>
        <source>Printer and customer display</source>
        <translation>Imprimante et afficheur client</translation>
    </message>
    <message>
        <source>empty: the system&apos;s print dialog</source>
        <translation>vide : la boîte d&apos;impression du système</translation>
    </message>
    <message>
        <source>No address: receipts go through the system&apos;s print dialog, as before. An ESC/POS printer: its address in one of these forms.</source>
        <translation>Sans adresse : les tickets passent par la boîte d&apos;impression du système, comme avant. Une imprimante ESC/POS : son adresse sous l&apos;une de ces formes.</translation>
    </message>
    <message>
        <source>{width} mm</source>
        <translation>{width} mm</translation>
    </message>
    <message>
        <source>Print the receipt by &amp;itself after each sale</source>
        <translation>Imprimer le ticket &amp;automatiquement après chaque vente</translation>
    </message>
    <message>
        <source>A cash &amp;drawer is plugged into the printer</source>
        <translation>Un &amp;tiroir-caisse est branché sur l&apos;imprimante</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>A window on the second screen</source>
        <translation>Une fenêtre sur le deuxième écran</translation>
    </message>
    <message>
        <source>A pole display at an address</source>
        <translation>Un afficheur à colonne, à une adresse</translation>
    </message>
    <message>
        <source>Print a &amp;test page (Ctrl+T)</source>
        <translation>Imprimer une page de t&amp;est (Ctrl+T)</translation>
    </message>
    <message>
        <source>&amp;Printer</source>
        <translation>&amp;Imprimante</translation>
    </message>
    <message>
        <source>P&amp;aper</source>
        <translation>&amp;Papier</translation>
    </message>
    <message>
        <source>&amp;Customer display</source>
        <translation>Afficheur &amp;client</translation>
    </message>
    <message>
        <source>Display&apos;s add&amp;ress</source>
        <translation>Ad&amp;resse de l&apos;afficheur</translation>
    </message>
    <message>
        <source>Type the pole display&apos;s address, or choose no display.</source>
        <translation>Tapez l&apos;adresse de l&apos;afficheur à colonne, ou choisissez « Aucun ».</translation>
    </message>
    <message>
        <source>Type the receipt printer&apos;s address first: without one, receipts go through the system&apos;s print dialog.</source>
        <translation>Tapez d&apos;abord l&apos;adresse de l&apos;imprimante de tickets : sans elle, les tickets passent par la boîte d&apos;impression du système.</translation>
    </message>
    <message>
        <source>Printing a test page on {printer}…</source>
        <translation>Impression d&apos;une page de test sur {printer}…</translation>
    </message>
    <message>
        <source>The test page was sent to the printer: check that it is whole and sharp.</source>
        <translation>La page de test est partie à l&apos;imprimante : vérifiez qu&apos;elle est complète et nette.</translation>
    </message>
    <message>
        <source>The paper is running low.</source>
        <translation>Le rouleau de papier touche à sa fin.</translation>
    </message>
</context>
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
    <name>ImportDialog</name>
    <message>
        <source>Import products</source>
        <translation>Importer des produits</translation>
    </message>
    <message>
        <source>The online store&apos;s product export (Shopify: Products → Export → CSV), or any product CSV. Importing again updates products by SKU or barcode; it never duplicates them.</source>
        <translation>L&apos;export des produits de la boutique en ligne (Shopify : Produits → Exporter → CSV), ou tout CSV de produits. Un nouvel import met à jour les produits par SKU ou code-barres ; il ne les duplique jamais.</translation>
    </message>
    <message>
        <source>%v of %m rows</source>
        <translation>%v sur %m lignes</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Aucun fichier choisi</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Choisir un fichier…</translation>
    </message>
    <message>
        <source>Match the file&apos;s columns</source>
        <translation>Associer les colonnes du fichier</translation>
    </message>
    <message>
        <source>* needed · ° the SKU or the barcode, at least one: the next import finds the product again by it</source>
        <translation>* obligatoire · ° le SKU ou le code-barres, au moins l&apos;un des deux : le prochain import retrouve le produit grâce à lui</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>First rows</source>
        <translation>Premières lignes</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Choose the product file</source>
        <translation>Choisir le fichier de produits</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Lecture du fichier…</translation>
    </message>
    <message>
        <source>SKU or barcode</source>
        <translation>SKU ou code-barres</translation>
    </message>
    <message numerus="yes">
        <source>{kind} · %n line(s) · read once the columns marked in red are chosen.</source>
        <translation>
            <numerusform>{kind} · %n ligne · lue une fois les colonnes marquées en rouge choisies.</numerusform>
            <numerusform>{kind} · %n lignes · lues une fois les colonnes marquées en rouge choisies.</numerusform>
        </translation>
    </message>
    <message>
        <source>Problems: not read yet</source>
        <translation>Problèmes : pas encore lus</translation>
    </message>
    <message>
        <source>Choose the file&apos;s column for: {fields}.</source>
        <translation>Choisissez la colonne du fichier pour : {fields}.</translation>
    </message>
    <message>
        <source>This file cannot be imported. Nothing was changed.</source>
        <translation>Ce fichier ne peut pas être importé. Rien n&apos;a été modifié.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): those lines are skipped, the others are imported.</source>
        <translation>
            <numerusform>%n problème : cette ligne est ignorée, les autres sont importées.</numerusform>
            <numerusform>%n problèmes : ces lignes sont ignorées, les autres sont importées.</numerusform>
        </translation>
    </message>
    <message>
        <source>no problem found.</source>
        <translation>aucun problème trouvé.</translation>
    </message>
    <message numerus="yes">
        <source>{kind} · %n line(s) · {found}</source>
        <translation>
            <numerusform>{kind} · %n ligne · {found}</numerusform>
            <numerusform>{kind} · %n lignes · {found}</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns ignored: {columns}</source>
        <translation>Colonnes ignorées : {columns}</translation>
    </message>
    <message>
        <source>— not in the file —</source>
        <translation>— absent du fichier —</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Above the price: the import makes it a promotion.</source>
        <translation>Au-dessus du prix : l&apos;import en fait une promotion.</translation>
    </message>
    <message>
        <source>First rows ({shown} of {rows} to import)</source>
        <translation>Premières lignes ({shown} sur {rows} à importer)</translation>
    </message>
    <message>
        <source>Rows to import ({rows})</source>
        <translation>Lignes à importer ({rows})</translation>
    </message>
    <message>
        <source>Problems ({count})</source>
        <translation>Problèmes ({count})</translation>
    </message>
    <message>
        <source>Problems: none</source>
        <translation>Problèmes : aucun</translation>
    </message>
    <message>
        <source>warnings ({count})</source>
        <translation>avertissements ({count})</translation>
    </message>
    <message>
        <source>Importing… the counter stays usable meanwhile.</source>
        <translation>Import en cours… la caisse reste utilisable pendant ce temps.</translation>
    </message>
    <message>
        <source>Imported. The products screen shows the catalog as it is now.</source>
        <translation>Importé. L&apos;écran des produits montre le catalogue tel qu&apos;il est maintenant.</translation>
    </message>
</context>
<context>
    <name>LabelsDialog</name>
    <message>
        <source>Barcode labels</source>
        <translation>Étiquettes code-barres</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source> of each</source>
        <translation> de chaque</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Give them barcodes</source>
        <translation>Leur attribuer des codes-barres</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s).</source>
        <translation>
            <numerusform>%n produit.</numerusform>
            <numerusform>%n produits.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them has a barcode that is not an EAN-13: it is printed as Code 128.</source>
        <translation>
            <numerusform>%n d&apos;entre eux a un code-barres qui n&apos;est pas un EAN-13 : il est imprimé en Code 128.</numerusform>
            <numerusform>%n d&apos;entre eux ont un code-barres qui n&apos;est pas un EAN-13 : il est imprimé en Code 128.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them has no barcode ({names}). They will get an internal EAN-13 starting with 20, used only in this shop, saved to the product so the label scans at the counter.</source>
        <translation>
            <numerusform>%n d&apos;entre eux n&apos;a pas de code-barres ({names}). Il recevra un EAN-13 interne commençant par 20, utilisé seulement dans ce magasin, enregistré sur le produit pour que l&apos;étiquette passe en caisse.</numerusform>
            <numerusform>%n d&apos;entre eux n&apos;ont pas de code-barres ({names}). Ils recevront un EAN-13 interne commençant par 20, utilisé seulement dans ce magasin, enregistré sur le produit pour que l&apos;étiquette passe en caisse.</numerusform>
        </translation>
    </message>
    <message>
        <source>no barcode yet</source>
        <translation>pas encore de code-barres</translation>
    </message>
    <message numerus="yes">
        <source>%n label(s)</source>
        <translation>
            <numerusform>%n étiquette</numerusform>
            <numerusform>%n étiquettes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n A4 sheet(s) of {per_page} ({size} mm, 3 × 8).</source>
        <translation>
            <numerusform>%n planche A4 de {per_page} ({size} mm, 3 × 8).</numerusform>
            <numerusform>%n planches A4 de {per_page} ({size} mm, 3 × 8).</numerusform>
        </translation>
    </message>
    <message>
        <source>Giving barcodes…</source>
        <translation>Attribution des codes-barres…</translation>
    </message>
    <message numerus="yes">
        <source>%n barcode(s) given: {codes}.</source>
        <translation>
            <numerusform>%n code-barres attribué : {codes}.</numerusform>
            <numerusform>%n codes-barres attribués : {codes}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save labels</source>
        <translation>Enregistrer les étiquettes</translation>
    </message>
    <message>
        <source>Give the products without a barcode theirs first.</source>
        <translation>Attribuez d&apos;abord un code-barres aux produits qui n&apos;en ont pas.</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Enregistré : {path}</translation>
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
    <name>LinesTable</name>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Vendu</translation>
    </message>
    <message>
        <source>Returned
before</source>
        <translation>Déjà
retourné</translation>
    </message>
    <message>
        <source>Coming
back</source>
        <translation>À
retourner</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payé</translation>
    </message>
</context>
<context>
    <name>LoginScreen</name>
    <message>
        <source>Who is at the counter? Pick your name, type your PIN, press Enter.</source>
        <translation>Qui est à la caisse ? Choisissez votre nom, tapez votre code PIN, appuyez sur Entrée.</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>Code PIN</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Se connecter</translation>
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
        <source>Pick your name first.</source>
        <translation>Choisissez d&apos;abord votre nom.</translation>
    </message>
    <message>
        <source>Type your PIN.</source>
        <translation>Tapez votre code PIN.</translation>
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
        <source>Credit note…</source>
        <translation>Bon d&apos;avoir…</translation>
    </message>
    <message>
        <source>Store credit…</source>
        <translation>Avoir…</translation>
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
        <source>Discount limits…</source>
        <translation>Limites de remise…</translation>
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
        <source>&amp;TikTok settings…</source>
        <translation>Réglages &amp;TikTok…</translation>
    </message>
    <message>
        <source>TikTok &amp;queue…</source>
        <translation>&amp;File d&apos;attente TikTok…</translation>
    </message>
    <message>
        <source>&amp;Hub…</source>
        <translation>&amp;Serveur du magasin…</translation>
    </message>
    <message>
        <source>Open &amp;drawer…</source>
        <translation>&amp;Ouvrir le tiroir-caisse…</translation>
    </message>
    <message>
        <source>&amp;Printer…</source>
        <translation>&amp;Imprimante…</translation>
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
        <source>The discount limits need a manager.</source>
        <translation>Les limites de remise demandent un gérant.</translation>
    </message>
    <message>
        <source>The store credit settings need a manager.</source>
        <translation>Les réglages de l&apos;avoir demandent un gérant.</translation>
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
    <message>
        <source>Opening the drawer without a sale needs a manager.</source>
        <translation>Ouvrir le tiroir-caisse sans vente demande un gérant.</translation>
    </message>
    <message>
        <source>The printer&apos;s settings need a manager.</source>
        <translation>Les réglages de l&apos;imprimante demandent un gérant.</translation>
    </message>
</context>
<context>
    <name>ManagerApprovalDialog</name>
    <message>
        <source>Manager approval</source>
        <translation>Accord du gérant</translation>
    </message>
    <message>
        <source>Manager PIN</source>
        <translation>Code PIN du gérant</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Autoriser</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Gérant</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>Code PIN</translation>
    </message>
    <message>
        <source>No other manager can approve this.</source>
        <translation>Aucun autre gérant ne peut autoriser ceci.</translation>
    </message>
</context>
<context>
    <name>NoReceiptReturnDialog</name>
    <message>
        <source>Return without a receipt</source>
        <translation>Retour sans ticket</translation>
    </message>
    <message>
        <source>Scan what the customer brings back without a receipt. It is given back only as store credit, with the customer&apos;s phone (kept with the return) and a manager&apos;s approval; the return is flagged: no receipt.</source>
        <translation>Scannez ce que le client rapporte sans ticket. Il n&apos;est rendu qu&apos;en avoir, avec le téléphone du client (gardé avec le retour) et l&apos;accord d&apos;un gérant&#xa0;; le retour est signalé&#xa0;: sans ticket.</translation>
    </message>
    <message>
        <source>Scan or type each item brought back</source>
        <translation>Scannez ou tapez chaque article rapporté</translation>
    </message>
    <message>
        <source>In its &amp;original condition: not damaged, not used</source>
        <translation>Dans son état d&apos;&amp;origine&#xa0;: ni abîmé, ni utilisé</translation>
    </message>
    <message>
        <source>In its original pac&amp;kaging</source>
        <translation>Dans son em&amp;ballage d&apos;origine</translation>
    </message>
    <message>
        <source>Required for &apos;Other&apos;</source>
        <translation>Obligatoire pour «&#xa0;Autre&#xa0;»</translation>
    </message>
    <message>
        <source>Attach &amp;photo…</source>
        <translation>&amp;Joindre une photo…</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>Pas de photo</translation>
    </message>
    <message>
        <source>Required: 06 12 34 56 78</source>
        <translation>Obligatoire&#xa0;: 06 12 34 56 78</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <source>&amp;Item</source>
        <translation>Ar&amp;ticle</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>&amp;Liste</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Motif</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>Defect photo</source>
        <translation>Photo du défaut</translation>
    </message>
    <message>
        <source>Customer&apos;s p&amp;hone</source>
        <translation>Télé&amp;phone du client</translation>
    </message>
    <message>
        <source>Customer&apos;s na&amp;me</source>
        <translation>Nom du cli&amp;ent</translation>
    </message>
    <message>
        <source>Manager &amp;approval… (Enter)</source>
        <translation>Accord du &amp;gérant… (Entrée)</translation>
    </message>
    <message>
        <source>{product} added.</source>
        <translation>{product} ajouté.</translation>
    </message>
    <message>
        <source>{product} × {quantity}  ·  now {current}, lowest of 30 days {lowest}</source>
        <translation>{product} × {quantity}  ·  aujourd&apos;hui {current}, le plus bas sur 30 jours {lowest}</translation>
    </message>
    <message>
        <source>{name} ({size} KB)</source>
        <translation>{name} ({size} Ko)</translation>
    </message>
    <message>
        <source>Customer receives {amount} as store credit</source>
        <translation>Le client reçoit {amount} en avoir</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>{amount} as store credit; the return is flagged: no receipt.</source>
        <translation>{amount} en avoir&#xa0;; le retour est signalé&#xa0;: sans ticket.</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <source>Manager override</source>
        <translation>Dérogation du gérant</translation>
    </message>
    <message>
        <source>The policy says: {decision}</source>
        <translation>La politique de retour dit&#xa0;: {decision}</translation>
    </message>
    <message>
        <source>With your approval: {outcome}</source>
        <translation>Avec votre accord&#xa0;:
{outcome}</translation>
    </message>
    <message>
        <source>Why the shop makes an exception</source>
        <translation>Pourquoi le magasin fait une exception</translation>
    </message>
    <message>
        <source>&amp;Manager</source>
        <translation>&amp;Gérant</translation>
    </message>
    <message>
        <source>&amp;PIN</source>
        <translation>Code &amp;PIN</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Motif</translation>
    </message>
    <message>
        <source>&amp;Approve the return (Ctrl+Enter)</source>
        <translation>&amp;Valider le retour (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Another manager must approve: you cannot approve your own override.</source>
        <translation>Un autre gérant doit donner son accord&#xa0;: vous ne pouvez pas valider votre propre dérogation.</translation>
    </message>
</context>
<context>
    <name>ParkedDialog</name>
    <message>
        <source>Parked carts</source>
        <translation>Paniers en attente</translation>
    </message>
    <message>
        <source>Parked</source>
        <translation>Mis en attente</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>Vendeur</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s): {items}</source>
        <translation>
            <numerusform>%n article : {items}</numerusform>
            <numerusform>%n articles : {items}</numerusform>
        </translation>
    </message>
    <message>
        <source>↑ ↓ pick a cart, Enter brings it back at today&apos;s prices, Esc closes.</source>
        <translation>↑ ↓ choisir un panier, Entrée le reprend aux prix du jour, Échap ferme.</translation>
    </message>
</context>
<context>
    <name>ParkedPanel</name>
    <message>
        <source>Carts still parked</source>
        <translation>Paniers encore en attente</translation>
    </message>
    <message>
        <source>&amp;Void the parked carts…</source>
        <translation>&amp;Annuler les paniers en attente…</translation>
    </message>
    <message>
        <source>{when} · {clerk} · {items} · {total}</source>
        <translation>{when} · {clerk} · {items} · {total}</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Void %n parked cart(s) ({total})? They cannot be recalled afterwards.</source>
        <translation>
            <numerusform>Annuler %n panier en attente ({total}) ? Il ne pourra plus être repris.</numerusform>
            <numerusform>Annuler %n paniers en attente ({total}) ? Ils ne pourront plus être repris.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Payment</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <source>Cash (F9)</source>
        <translation>Espèces (F9)</translation>
    </message>
    <message>
        <source>Card (F10)</source>
        <translation>Carte bancaire (F10)</translation>
    </message>
    <message>
        <source>Amount given (Enter alone: the exact amount)</source>
        <translation>Montant reçu (Entrée seule : le montant exact)</translation>
    </message>
    <message>
        <source>Exact (Enter)</source>
        <translation>Exact (Entrée)</translation>
    </message>
    <message>
        <source>Complete sale (Enter)</source>
        <translation>Valider la vente (Entrée)</translation>
    </message>
    <message>
        <source>Back to the cart (Esc)</source>
        <translation>Retour au panier (Échap)</translation>
    </message>
    <message>
        <source>Tendered</source>
        <translation>Montant reçu</translation>
    </message>
    <message>
        <source>Change due</source>
        <translation>Monnaie à rendre</translation>
    </message>
    <message>
        <source>To pay</source>
        <translation>À payer</translation>
    </message>
    <message>
        <source>{amount} short</source>
        <translation>Il manque {amount}</translation>
    </message>
    <message>
        <source>Check the amount</source>
        <translation>Vérifiez le montant</translation>
    </message>
    <message>
        <source>{given} given for {total}: the change would be {change}. Is the amount right?</source>
        <translation>{given} reçus pour {total} : la monnaie à rendre serait de {change}. Le montant est-il juste ?</translation>
    </message>
    <message>
        <source>give the change</source>
        <translation>rendre la monnaie</translation>
    </message>
    <message>
        <source>correct the amount</source>
        <translation>corriger le montant</translation>
    </message>
</context>
<context>
    <name>PolicyDialog</name>
    <message>
        <source>Return policy</source>
        <translation>Politique de retour</translation>
    </message>
    <message>
        <source>Version {version} is in force. Saving makes a new version; returns already made keep the version they were judged under.</source>
        <translation>La version {version} est en vigueur. Enregistrer crée une nouvelle version&#xa0;; les retours déjà faits gardent la version sous laquelle ils ont été décidés.</translation>
    </message>
    <message>
        <source>&amp;Waive the change-of-mind deduction when the refund is taken as store credit</source>
        <translation>Pas de retenue pour changement d&apos;avis quand le remboursement est pris en avoir (&amp;W)</translation>
    </message>
    <message>
        <source>the lowest price of the last 30 days</source>
        <translation>le prix le plus bas des 30 derniers jours</translation>
    </message>
    <message>
        <source>the current price</source>
        <translation>le prix actuel</translation>
    </message>
    <message>
        <source>Refund window (days after purchase)</source>
        <translation>Délai de remboursement (jours après l&apos;achat)</translation>
    </message>
    <message>
        <source>Exchange window (days after purchase)</source>
        <translation>Délai d&apos;échange (jours après l&apos;achat)</translation>
    </message>
    <message>
        <source>Change-of-mind deduction (%)</source>
        <translation>Retenue pour changement d&apos;avis (%)</translation>
    </message>
    <message>
        <source>Minimum deduction ({currency})</source>
        <translation>Retenue minimale ({currency})</translation>
    </message>
    <message>
        <source>Without a receipt, store credit &amp;at</source>
        <translation>Sans &amp;ticket, avoir au</translation>
    </message>
</context>
<context>
    <name>ProductDialog</name>
    <message>
        <source>Edit {name}</source>
        <translation>Modifier {name}</translation>
    </message>
    <message>
        <source>Add a product</source>
        <translation>Ajouter un produit</translation>
    </message>
    <message>
        <source>Scan it, or leave empty: labels can give one later</source>
        <translation>Scannez-le, ou laissez vide : les étiquettes peuvent en attribuer un plus tard</translation>
    </message>
    <message>
        <source>Active: sold at the counter</source>
        <translation>Actif : vendu en caisse</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Code-barres</translation>
    </message>
    <message>
        <source>Price (MAD)</source>
        <translation>Prix (MAD)</translation>
    </message>
    <message>
        <source>Opening stock</source>
        <translation>Stock initial</translation>
    </message>
    <message>
        <source>{stock}  ·  change it with Receive goods or Adjust stock</source>
        <translation>{stock}  ·  à modifier par Réception de marchandise ou Ajuster le stock</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>Collections</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Price: {error}</source>
        <translation>Prix : {error}</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>{name} added.</source>
        <translation>{name} ajouté.</translation>
    </message>
    <message>
        <source>{name} saved: price {old} → {new} (the change is in the audit log).</source>
        <translation>{name} enregistré : prix {old} → {new} (le changement est dans le journal d&apos;audit).</translation>
    </message>
    <message>
        <source>{name} saved.</source>
        <translation>{name} enregistré.</translation>
    </message>
</context>
<context>
    <name>ProductPicker</name>
    <message>
        <source>Products matching &apos;{text}&apos;</source>
        <translation>Produits correspondant à « {text} »</translation>
    </message>
</context>
<context>
    <name>ProductsScreen</name>
    <message>
        <source>Products</source>
        <translation>Produits</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Search by name, SKU or barcode  (Ctrl+F)</source>
        <translation>Chercher par nom, SKU ou code-barres  (Ctrl+F)</translation>
    </message>
    <message>
        <source>All collections</source>
        <translation>Toutes les collections</translation>
    </message>
    <message>
        <source>Show inactive</source>
        <translation>Afficher les inactifs</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>Collection</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Code-barres</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>Collections</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <source>Receive goods…</source>
        <translation>Réception de marchandise…</translation>
    </message>
    <message>
        <source>Adjust stock…</source>
        <translation>Ajuster le stock…</translation>
    </message>
    <message>
        <source>Stock history</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Print barcode labels…</source>
        <translation>Étiquettes…</translation>
    </message>
    <message>
        <source>Collections…</source>
        <translation>Collections…</translation>
    </message>
    <message>
        <source>Promotions…</source>
        <translation>Promotions…</translation>
    </message>
    <message>
        <source>Import products…</source>
        <translation>Importer des produits…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <source>The products could not be read.</source>
        <translation>Les produits n&apos;ont pas pu être lus.</translation>
    </message>
    <message>
        <source>No product matches &apos;{text}&apos;.</source>
        <translation>Aucun produit ne correspond à « {text} ».</translation>
    </message>
    <message>
        <source>No product here yet.</source>
        <translation>Aucun produit pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Showing the first {shown} of {total}: type part of a name or SKU to find the others.</source>
        <translation>Affichage des {shown} premiers sur {total} : tapez une partie d&apos;un nom ou d&apos;un SKU pour trouver les autres.</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s).</source>
        <translation>
            <numerusform>%n produit.</numerusform>
            <numerusform>%n produits.</numerusform>
        </translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Réactiver</translation>
    </message>
    <message>
        <source>Select one product first.</source>
        <translation>Sélectionnez d&apos;abord un produit.</translation>
    </message>
    <message>
        <source>{name} is active again: it scans at the counter.</source>
        <translation>{name} est de nouveau actif : il passe en caisse.</translation>
    </message>
    <message>
        <source>{name} is deactivated: it no longer scans at the counter.</source>
        <translation>{name} est désactivé : il ne passe plus en caisse.</translation>
    </message>
    <message>
        <source>Select the products to label first.</source>
        <translation>Sélectionnez d&apos;abord les produits à étiqueter.</translation>
    </message>
</context>
<context>
    <name>PromotionsDialog</name>
    <message>
        <source>Promotions</source>
        <translation>Promotions</translation>
    </message>
    <message>
        <source>Show ended promotions</source>
        <translation>Afficher les promotions terminées</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Remise</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>S&apos;applique à</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>New promotion</source>
        <translation>Nouvelle promotion</translation>
    </message>
    <message>
        <source>Shown on the receipt, e.g. Summer -20%</source>
        <translation>Affiché sur le ticket, p. ex. Été -20%</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Percentage off</source>
        <translation>Pourcentage de remise</translation>
    </message>
    <message>
        <source>Amount off (MAD)</source>
        <translation>Montant de remise (MAD)</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>Collection</translation>
    </message>
    <message>
        <source>SKU or barcode</source>
        <translation>SKU ou code-barres</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Se termine le</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouvelle</translation>
    </message>
    <message>
        <source>End promotion</source>
        <translation>Terminer la promotion</translation>
    </message>
    <message>
        <source>Save promotion</source>
        <translation>Enregistrer la promotion</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Product: {product}</source>
        <translation>Produit : {product}</translation>
    </message>
    <message>
        <source>Collection: {collection}</source>
        <translation>Collection : {collection}</translation>
    </message>
    <message>
        <source>no end</source>
        <translation>sans fin</translation>
    </message>
    <message>
        <source>Edit: {name}</source>
        <translation>Modifier : {name}</translation>
    </message>
    <message>
        <source>No product with this SKU or barcode.</source>
        <translation>Aucun produit avec ce SKU ou ce code-barres.</translation>
    </message>
    <message>
        <source>Type the SKU or barcode of a product in the catalog.</source>
        <translation>Tapez le SKU ou le code-barres d&apos;un produit du catalogue.</translation>
    </message>
    <message>
        <source>Promotion &apos;{name}&apos; saved.</source>
        <translation>Promotion « {name} » enregistrée.</translation>
    </message>
    <message>
        <source>Select the promotion to end.</source>
        <translation>Sélectionnez la promotion à terminer.</translation>
    </message>
    <message>
        <source>Promotion &apos;{name}&apos; no longer applies from today.</source>
        <translation>La promotion « {name} » ne s&apos;applique plus à partir d&apos;aujourd&apos;hui.</translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message>
        <source>Receipt {number}</source>
        <translation>Ticket {number}</translation>
    </message>
    <message>
        <source>Print (Ctrl+P)</source>
        <translation>Imprimer (Ctrl+P)</translation>
    </message>
    <message>
        <source>Save as PDF (Ctrl+S)</source>
        <translation>Enregistrer en PDF (Ctrl+S)</translation>
    </message>
    <message>
        <source>Gift receipt (Ctrl+G)</source>
        <translation>Ticket cadeau (Ctrl+G)</translation>
    </message>
    <message>
        <source>Done (Enter)</source>
        <translation>Terminé (Entrée)</translation>
    </message>
    <message>
        <source>Printing the receipt…</source>
        <translation>Impression du ticket…</translation>
    </message>
    <message>
        <source>Opening the drawer…</source>
        <translation>Ouverture du tiroir-caisse…</translation>
    </message>
    <message>
        <source>{trouble} Print (Ctrl+P) to try again.</source>
        <translation>{trouble} Imprimer (Ctrl+P) pour réessayer.</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Envoyé à l&apos;imprimante.</translation>
    </message>
    <message>
        <source>The receipt could not be printed: {error}</source>
        <translation>Le ticket n&apos;a pas pu être imprimé : {error}</translation>
    </message>
    <message>
        <source>Save receipt</source>
        <translation>Enregistrer le ticket</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Enregistré : {path}</translation>
    </message>
    <message>
        <source>The PDF could not be written: {error}</source>
        <translation>Le PDF n&apos;a pas pu être enregistré : {error}</translation>
    </message>
    <message>
        <source>Drawing the receipt…</source>
        <translation>Préparation du ticket…</translation>
    </message>
    <message>
        <source>Gift receipt {number}</source>
        <translation>Ticket cadeau {number}</translation>
    </message>
</context>
<context>
    <name>ReceiveGoodsDialog</name>
    <message>
        <source>Receive goods</source>
        <translation>Réception de marchandise</translation>
    </message>
    <message>
        <source>Supplier, delivery note number…</source>
        <translation>Fournisseur, n° de bon de livraison…</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>Réceptionner</translation>
    </message>
    <message>
        <source>Quantity received</source>
        <translation>Quantité reçue</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Stock after</source>
        <translation>Stock après</translation>
    </message>
    <message>
        <source>Received {quantity} × {name}.</source>
        <translation>Reçu {quantity} × {name}.</translation>
    </message>
</context>
<context>
    <name>ReturnScreen</name>
    <message>
        <source>Return or exchange</source>
        <translation>Retour ou échange</translation>
    </message>
    <message>
        <source>&amp;Order</source>
        <translation>&amp;Ticket</translation>
    </message>
    <message>
        <source>Scan the receipt, or type the order number (S-20261122-0007)</source>
        <translation>Scannez le ticket ou tapez le n° de vente (S-20261122-0007)</translation>
    </message>
    <message>
        <source>or find it by &amp;date</source>
        <translation>ou cherchez-le par &amp;date</translation>
    </message>
    <message>
        <source>and/or p&amp;hone</source>
        <translation>et/ou télép&amp;hone</translation>
    </message>
    <message>
        <source>customer phone</source>
        <translation>téléphone du client</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Chercher</translation>
    </message>
    <message>
        <source>Back to sale (F8)</source>
        <translation>Retour à la vente (F8)</translation>
    </message>
    <message>
        <source>Coming &amp;back: pick the line with ↑ ↓, type how many, or + / −</source>
        <translation>&amp;Quantité à retourner&#xa0;: choisissez la ligne avec ↑ ↓, tapez le nombre, ou + / −</translation>
    </message>
    <message>
        <source>Customer wants</source>
        <translation>Le client veut</translation>
    </message>
    <message>
        <source>Re&amp;fund</source>
        <translation>&amp;Remboursement</translation>
    </message>
    <message>
        <source>&amp;Exchange</source>
        <translation>É&amp;change</translation>
    </message>
    <message>
        <source>Exchange for</source>
        <translation>Échange contre</translation>
    </message>
    <message>
        <source>New &amp;items</source>
        <translation>Nouveaux &amp;articles</translation>
    </message>
    <message>
        <source>Scan or type what the customer takes instead</source>
        <translation>Scannez ou tapez ce que le client prend à la place</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Motif</translation>
    </message>
    <message>
        <source>In its original &amp;condition: not damaged, not used</source>
        <translation>Dans son état d&apos;&amp;origine&#xa0;: ni abîmé, ni utilisé</translation>
    </message>
    <message>
        <source>In its original pac&amp;kaging</source>
        <translation>Dans son em&amp;ballage d&apos;origine</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>Required for &apos;Other&apos;</source>
        <translation>Obligatoire pour «&#xa0;Autre&#xa0;»</translation>
    </message>
    <message>
        <source>Defect photo</source>
        <translation>Photo du défaut</translation>
    </message>
    <message>
        <source>Attach &amp;photo…</source>
        <translation>&amp;Joindre une photo…</translation>
    </message>
    <message>
        <source>Cit&amp;y</source>
        <translation>V&amp;ille</translation>
    </message>
    <message>
        <source>shipped orders only</source>
        <translation>commandes livrées uniquement</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>Adr&amp;esse</translation>
    </message>
    <message>
        <source>Ref&amp;und to</source>
        <translation>Rembour&amp;ser en</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Espèces</translation>
    </message>
    <message>
        <source>&amp;Give it as store credit (a credit note)</source>
        <translation>En avoir (bon à va&amp;loir)</translation>
    </message>
    <message>
        <source>Manager o&amp;verride…</source>
        <translation>Dérogation d&amp;u gérant…</translation>
    </message>
    <message>
        <source>Confirm (Ctrl+Enter)</source>
        <translation>Valider (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Looking {number} up at this shop&apos;s tills…</source>
        <translation>Recherche de {number} dans les caisses du magasin…</translation>
    </message>
    <message>
        <source>No sale has the order number &apos;{number}&apos;. Check the receipt.</source>
        <translation>Aucune vente ne porte le n° «&#xa0;{number}&#xa0;». Vérifiez le ticket.</translation>
    </message>
    <message numerus="yes">
        <source>%n sale(s) found: pick one and press Enter.</source>
        <translation>
            <numerusform>%n vente trouvée&#xa0;: choisissez-la et appuyez sur Entrée.</numerusform>
            <numerusform>%n ventes trouvées&#xa0;: choisissez-en une et appuyez sur Entrée.</numerusform>
        </translation>
    </message>
    <message>
        <source>No sale found for that search.</source>
        <translation>Aucune vente trouvée pour cette recherche.</translation>
    </message>
    <message>
        <source>Gift receipt of sale {number}: exchange or store credit only, no cash or card refund.</source>
        <translation>Ticket cadeau de la vente {number} : échange ou avoir uniquement, aucun remboursement en espèces ni sur carte bancaire.</translation>
    </message>
    <message>
        <source>&lt;b&gt;gift receipt&lt;/b&gt;: exchange or store credit only</source>
        <translation>&lt;b&gt;ticket cadeau&lt;/b&gt; : échange ou avoir uniquement</translation>
    </message>
    <message>
        <source>Sale {number} found.</source>
        <translation>Vente {number} trouvée.</translation>
    </message>
    <message>
        <source>No receipt… (F7)</source>
        <translation>Sans ticket… (F7)</translation>
    </message>
    <message>
        <source>{number} recorded: store credit on credit note {code}.</source>
        <translation>{number} enregistré&#xa0;: avoir sur le bon d&apos;avoir {code}.</translation>
    </message>
    <message>
        <source>Find the sale first.</source>
        <translation>Trouvez d&apos;abord la vente.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{number}&lt;/b&gt; · {when} · sold by {clerk} · paid {methods} · total {total}</source>
        <translation>&lt;b&gt;{number}&lt;/b&gt; · {when} · vendu par {clerk} · payé {methods} · total {total}</translation>
    </message>
    <message>
        <source>&lt;b&gt;sale not verified&lt;/b&gt;: a manager approves its returns</source>
        <translation>&lt;b&gt;vente non vérifiée&lt;/b&gt;&#xa0;: un gérant valide ses retours</translation>
    </message>
    <message>
        <source>As the sale was paid (cash)</source>
        <translation>Comme la vente (espèces)</translation>
    </message>
    <message>
        <source>As the sale was paid (card)</source>
        <translation>Comme la vente (carte bancaire)</translation>
    </message>
    <message>
        <source>As the sale was paid (store credit)</source>
        <translation>Comme la vente a été payée (avoir)</translation>
    </message>
    <message>
        <source>As the sale was paid</source>
        <translation>Comme la vente a été payée</translation>
    </message>
    <message>
        <source>in cash</source>
        <translation>en espèces</translation>
    </message>
    <message>
        <source>by card</source>
        <translation>par carte bancaire</translation>
    </message>
    <message>
        <source>by an exchange credit</source>
        <translation>par un avoir d&apos;échange</translation>
    </message>
    <message>
        <source>by a credit note</source>
        <translation>par bon d&apos;avoir</translation>
    </message>
    <message>
        <source>Photo of the defect</source>
        <translation>Photo du défaut</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.heic *.webp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.heic *.webp)</translation>
    </message>
    <message>
        <source>That file is empty.</source>
        <translation>Ce fichier est vide.</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>Pas de photo</translation>
    </message>
    <message>
        <source>{name} ({size} KB)</source>
        <translation>{name} ({size} Ko)</translation>
    </message>
    <message>
        <source>Scan the receipt or type the order number.</source>
        <translation>Scannez le ticket ou tapez le n° de vente.</translation>
    </message>
    <message>
        <source>Set how many of each item come back.</source>
        <translation>Indiquez la quantité retournée pour chaque article.</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>Accepté</translation>
    </message>
    <message>
        <source>Allowed, with a deduction</source>
        <translation>Accepté, avec retenue</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Not ready yet</source>
        <translation>Pas encore prêt</translation>
    </message>
    <message>
        <source>The policy&apos;s decision</source>
        <translation>Décision de la politique de retour</translation>
    </message>
    <message>
        <source>Still needed: {what}</source>
        <translation>Il manque&#xa0;: {what}</translation>
    </message>
    <message>
        <source>Still needed: {what} ({key})</source>
        <translation>Il manque&#xa0;: {what} ({key})</translation>
    </message>
    <message>
        <source>Returned value {value} · deduction {deduction} · as a credit note</source>
        <translation>Valeur rendue {value} · retenue {deduction} · en bon d&apos;avoir</translation>
    </message>
    <message>
        <source>Returned value {value} · deduction {deduction} · in cash</source>
        <translation>Valeur retournée {value} · retenue {deduction} · en espèces</translation>
    </message>
    <message>
        <source>Returned value {value} · deduction {deduction} · back to the card</source>
        <translation>Valeur retournée {value} · retenue {deduction} · sur la carte bancaire</translation>
    </message>
    <message>
        <source>Credit {credit} · new items {new_items} · paid in cash, like the sale</source>
        <translation>Avoir {credit} · nouveaux articles {new_items} · payé en espèces, comme la vente</translation>
    </message>
    <message>
        <source>Credit {credit} · new items {new_items} · paid by card, like the sale</source>
        <translation>Avoir {credit} · nouveaux articles {new_items} · payé par carte bancaire, comme la vente</translation>
    </message>
    <message>
        <source>Credit {credit} · new items {new_items} · paid by card</source>
        <translation>Avoir {credit} · nouveaux articles {new_items} · payé par carte bancaire</translation>
    </message>
    <message>
        <source>Credit {credit} · new items {new_items} · the rest as a credit note</source>
        <translation>Crédit {credit} · nouveaux articles {new_items} · le reste en bon d&apos;avoir</translation>
    </message>
    <message>
        <source>Credit {credit} · new items {new_items} · given back in cash</source>
        <translation>Avoir {credit} · nouveaux articles {new_items} · rendu en espèces</translation>
    </message>
    <message>
        <source>Credit {credit} · new items {new_items} · given back to the card</source>
        <translation>Avoir {credit} · nouveaux articles {new_items} · rendu sur la carte bancaire</translation>
    </message>
    <message>
        <source>Credit {credit} · new items {new_items}</source>
        <translation>Avoir {credit} · nouveaux articles {new_items}</translation>
    </message>
    <message>
        <source>New items: {total}</source>
        <translation>Nouveaux articles&#xa0;: {total}</translation>
    </message>
    <message>
        <source>No new items yet.</source>
        <translation>Pas encore de nouvel article.</translation>
    </message>
    <message>
        <source>{outcome}, no deduction.</source>
        <translation>{outcome}, sans retenue.</translation>
    </message>
    <message>
        <source>{number} recorded. Credit note {code}: give the customer its printed receipt.</source>
        <translation>{number} enregistré. Bon d&apos;avoir {code} : remettez au client son ticket imprimé.</translation>
    </message>
    <message>
        <source>{number} recorded.</source>
        <translation>{number} enregistré.</translation>
    </message>
    <message>
        <source>{number} is recorded, but its receipt did not print: {trouble}</source>
        <translation>{number} est enregistré, mais son ticket ne s&apos;est pas imprimé : {trouble}</translation>
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
        <translation>Les retours n&apos;ont pas pu être lus : {error}</translation>
    </message>
    <message>
        <source>The last {days} days could not be read: {error}</source>
        <translation>Les {days} derniers jours n&apos;ont pas pu être lus : {error}</translation>
    </message>
    <message>
        <source>This return&apos;s sale has no customer&apos;s phone.</source>
        <translation>La vente de ce retour n&apos;a pas de téléphone de client.</translation>
    </message>
</context>
<context>
    <name>SaleScreen</name>
    <message>
        <source>Scan, or type a SKU or a name, then Enter  (F2)</source>
        <translation>Scannez, ou tapez un SKU ou un nom, puis Entrée  (F2)</translation>
    </message>
    <message>
        <source>Quantity… (F3)</source>
        <translation>Quantité… (F3)</translation>
    </message>
    <message>
        <source>Discount… (F5)</source>
        <translation>Remise… (F5)</translation>
    </message>
    <message>
        <source>Discount on the sale… (Shift+F5)</source>
        <translation>Remise globale… (Maj+F5)</translation>
    </message>
    <message>
        <source>Remove line (Del)</source>
        <translation>Retirer (Suppr)</translation>
    </message>
    <message>
        <source>Customer… (F4)</source>
        <translation>Client… (F4)</translation>
    </message>
    <message>
        <source>Cash  (F9)</source>
        <translation>Espèces  (F9)</translation>
    </message>
    <message>
        <source>Card  (F10)</source>
        <translation>Carte bancaire  (F10)</translation>
    </message>
    <message>
        <source>Split payment…  (F7)</source>
        <translation>Paiement partagé…  (F7)</translation>
    </message>
    <message>
        <source>Void cart (Esc Esc)</source>
        <translation>Annuler le panier (Échap Échap)</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Sous-total</translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation>Remises</translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation>TOTAL</translation>
    </message>
    <message>
        <source>Your sale is back: {sale}.</source>
        <translation>Votre vente en cours est reprise : {sale}.</translation>
    </message>
    <message>
        <source>New sale</source>
        <translation>Nouvelle vente</translation>
    </message>
    <message>
        <source>void it and start a new sale</source>
        <translation>l&apos;annuler et commencer une nouvelle vente</translation>
    </message>
    <message>
        <source>keep this sale</source>
        <translation>garder cette vente</translation>
    </message>
    <message>
        <source>Nothing added: no product picked.</source>
        <translation>Rien n&apos;a été ajouté : aucun produit choisi.</translation>
    </message>
    <message>
        <source>The cart is empty.</source>
        <translation>Le panier est vide.</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>The whole sale: {total}</source>
        <translation>Toute la vente : {total}</translation>
    </message>
    <message>
        <source>No discount given: it needs a manager&apos;s approval.</source>
        <translation>Aucune remise accordée : l&apos;accord d&apos;un gérant est nécessaire.</translation>
    </message>
    <message>
        <source>Press Esc again to void the whole cart.</source>
        <translation>Appuyez encore sur Échap pour annuler tout le panier.</translation>
    </message>
    <message>
        <source>Cart voided.</source>
        <translation>Panier annulé.</translation>
    </message>
    <message>
        <source>No receipt to print yet.</source>
        <translation>Pas encore de ticket à imprimer.</translation>
    </message>
    <message>
        <source>Printing the receipt of sale {number}…</source>
        <translation>Impression du ticket de la vente {number}…</translation>
    </message>
    <message>
        <source>Sale {number} is saved, but its receipt did not print: {trouble} Ctrl+P prints it again.</source>
        <translation>La vente {number} est enregistrée, mais son ticket ne s&apos;est pas imprimé : {trouble} Ctrl+P le réimprime.</translation>
    </message>
    <message>
        <source>No customer details.</source>
        <translation>Pas de coordonnées client.</translation>
    </message>
    <message>
        <source>Customer: {details}</source>
        <translation>Client : {details}</translation>
    </message>
    <message>
        <source>Sale {number} saved.</source>
        <translation>Vente {number} enregistrée.</translation>
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
    <message numerus="yes">
        <source>Store credit: %n credit note(s) issued ({issued}) · outstanding {outstanding}</source>
        <translation>
            <numerusform>Avoir : %n bon d&apos;avoir émis ({issued}) · encours {outstanding}</numerusform>
            <numerusform>Avoir : %n bons d&apos;avoir émis ({issued}) · encours {outstanding}</numerusform>
        </translation>
    </message>
    <message>
        <source>TikTok: each till sends its own events (see each till).</source>
        <translation>TikTok : chaque caisse envoie ses propres événements (voir chaque caisse).</translation>
    </message>
    <message numerus="yes">
        <source>TikTok: %n event(s) of this day still waiting, {failed} failed (see Manager → TikTok queue).</source>
        <translation>
            <numerusform>TikTok : %n événement de ce jour encore en attente, {failed} en échec (voir Gérant → File d&apos;attente TikTok).</numerusform>
            <numerusform>TikTok : %n événements de ce jour encore en attente, {failed} en échec (voir Gérant → File d&apos;attente TikTok).</numerusform>
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
    <name>SplitPaymentDialog</name>
    <message>
        <source>Split payment</source>
        <translation>Paiement partagé</translation>
    </message>
    <message>
        <source>Scan or type the code, then Enter</source>
        <translation>Scannez ou tapez le code, puis Entrée</translation>
    </message>
    <message>
        <source>Credit &amp;note</source>
        <translation>&amp;Bon d&apos;avoir</translation>
    </message>
    <message>
        <source>Empty: the exact amount</source>
        <translation>Vide : le montant exact</translation>
    </message>
    <message>
        <source>&amp;Card</source>
        <translation>&amp;Carte bancaire</translation>
    </message>
    <message>
        <source>Cash &amp;tendered</source>
        <translation>Espèces &amp;reçues</translation>
    </message>
    <message>
        <source>Complete sale (Enter)</source>
        <translation>Valider la vente (Entrée)</translation>
    </message>
    <message>
        <source>Back to the cart (Esc)</source>
        <translation>Retour au panier (Échap)</translation>
    </message>
    <message>
        <source>Left to pay in cash</source>
        <translation>Reste à payer en espèces</translation>
    </message>
    <message>
        <source>Change due</source>
        <translation>Monnaie à rendre</translation>
    </message>
    <message>
        <source>To pay</source>
        <translation>À payer</translation>
    </message>
    <message>
        <source>Credit note {code} is already on this payment.</source>
        <translation>Le bon d&apos;avoir {code} est déjà dans ce paiement.</translation>
    </message>
    <message>
        <source>Looking up {code}…</source>
        <translation>Recherche de {code}…</translation>
    </message>
    <message>
        <source>Paid by this note</source>
        <translation>Payé par ce bon</translation>
    </message>
    <message>
        <source>Credit note {code} added: change its amount to keep more on it, 0 to take it off.</source>
        <translation>Bon d&apos;avoir {code} ajouté : changez son montant pour en garder davantage, 0 pour le retirer.</translation>
    </message>
    <message>
        <source>{code}: {balance} left, never expires</source>
        <translation>{code} : solde {balance}, n&apos;expire jamais</translation>
    </message>
    <message>
        <source>{code}: {balance} left, expires on {day}</source>
        <translation>{code} : solde {balance}, expire le {day}</translation>
    </message>
    <message>
        <source>Type an amount, like 150 or 49,50.</source>
        <translation>Tapez un montant, comme 150 ou 49,50.</translation>
    </message>
    <message>
        <source>It adds up: Enter completes the sale.</source>
        <translation>Le compte est bon : Entrée valide la vente.</translation>
    </message>
    <message>
        <source>Check the amount</source>
        <translation>Vérifiez le montant</translation>
    </message>
    <message>
        <source>{given} given for {left} left to pay in cash: the change would be {change}. Is the amount right?</source>
        <translation>{given} reçus pour {left} restant à payer en espèces : la monnaie à rendre serait de {change}. Le montant est-il juste ?</translation>
    </message>
    <message>
        <source>give the change</source>
        <translation>rendre la monnaie</translation>
    </message>
    <message>
        <source>correct the amount</source>
        <translation>corriger le montant</translation>
    </message>
</context>
<context>
    <name>StockHistoryDialog</name>
    <message>
        <source>Stock history · {name}</source>
        <translation>Historique du stock · {name}</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message numerus="yes">
        <source>%n movement(s), oldest first. Stock now: {balance}.</source>
        <translation>
            <numerusform>%n mouvement, du plus ancien au plus récent. Stock actuel : {balance}.</numerusform>
            <numerusform>%n mouvements, du plus ancien au plus récent. Stock actuel : {balance}.</numerusform>
        </translation>
    </message>
    <message>
        <source>The products list showed {stock}: it changed since, or was set before movements were kept.</source>
        <translation>La liste des produits affichait {stock} : il a changé depuis, ou a été fixé avant l&apos;enregistrement des mouvements.</translation>
    </message>
    <message>
        <source>No movement recorded yet. Stock now: {stock}.</source>
        <translation>Aucun mouvement enregistré pour l&apos;instant. Stock actuel : {stock}.</translation>
    </message>
</context>
<context>
    <name>StoreCreditSettingsDialog</name>
    <message>
        <source>Store credit</source>
        <translation>Avoir</translation>
    </message>
    <message>
        <source>Credit notes &amp;never expire</source>
        <translation>Les bons d&apos;avoir n&apos;&amp;expirent jamais</translation>
    </message>
    <message>
        <source>A new credit note lasts (&amp;days)</source>
        <translation>Un nouveau bon d&apos;avoir dure (&amp;jours)</translation>
    </message>
    <message>
        <source>Notes already given keep the last day printed on them.</source>
        <translation>Les bons déjà donnés gardent la date d&apos;expiration imprimée dessus.</translation>
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
    <message numerus="yes">
        <source>Not sent, no contact details: %n sale(s)</source>
        <translation>
            <numerusform>Non envoyé, sans coordonnées du client : %n vente</numerusform>
            <numerusform>Non envoyé, sans coordonnées du client : %n ventes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not sent ({reason}): %n sale(s)</source>
        <translation>
            <numerusform>Non envoyé ({reason}) : %n vente</numerusform>
            <numerusform>Non envoyé ({reason}) : %n ventes</numerusform>
        </translation>
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
        <source>&amp;Web: your website&apos;s TikTok pixel</source>
        <translation>Pixel &amp;web : le pixel TikTok de votre site</translation>
    </message>
    <message>
        <source>Sales are sent to an offline event set created in TikTok Events Manager, without page or browser data; it matches a sale to a customer only by their hashed email or phone: pick it for sales made at the counter.</source>
        <translation>Les ventes sont envoyées à un ensemble d&apos;événements hors ligne créé dans le Gestionnaire d&apos;événements TikTok, sans page ni données de navigateur ; il ne relie une vente à un client que par son e-mail ou son téléphone haché : choisissez-le pour les ventes faites en caisse.</translation>
    </message>
    <message>
        <source>Pixel code, e.g. COQDA8RC77U2TMR44LI0</source>
        <translation>Code du pixel, par ex. COQDA8RC77U2TMR44LI0</translation>
    </message>
    <message>
        <source>https://your-shop.example/</source>
        <translation>https://votre-boutique.ma/</translation>
    </message>
    <message>
        <source>Counter sales are sent to TikTok as conversion events. Customer email and phone leave this computer only hashed.</source>
        <translation>Les ventes en caisse sont envoyées à TikTok comme événements de conversion. L&apos;e-mail et le téléphone du client ne quittent cet ordinateur que hachés.</translation>
    </message>
    <message>
        <source>&amp;Send counter events to TikTok</source>
        <translation>Envo&amp;yer les événements de la caisse à TikTok</translation>
    </message>
    <message>
        <source>&amp;In-store: offline event set</source>
        <translation>En &amp;magasin : ensemble d&apos;événements hors ligne</translation>
    </message>
    <message>
        <source>Sales are sent as events of your website&apos;s pixel, with its page address: pick it if your TikTok ads measure on your pixel.</source>
        <translation>Les ventes sont envoyées comme événements du pixel de votre site, avec l&apos;adresse de sa page : choisissez-le si vos publicités TikTok mesurent avec votre pixel.</translation>
    </message>
    <message>
        <source>Page &amp;URL</source>
        <translation>&amp;Adresse de la page</translation>
    </message>
    <message>
        <source>Purchase: TikTok&apos;s standard event for a completed purchase since 2025, the one offline event sets take. PlaceAnOrder: the seeds&apos; event, supported until 2027.</source>
        <translation>Purchase : l&apos;événement standard de TikTok pour un achat payé depuis 2025, celui que prennent les ensembles d&apos;événements hors ligne. PlaceAnOrder : l&apos;événement de départ, accepté jusqu&apos;en 2027.</translation>
    </message>
    <message>
        <source>Send sales without c&amp;ontact details</source>
        <translation>Envoyer les ventes &amp;sans coordonnées du client</translation>
    </message>
    <message>
        <source>Only while testing, e.g. TEST12345</source>
        <translation>Seulement pendant les essais, par ex. TEST12345</translation>
    </message>
    <message>
        <source>S&amp;hop id</source>
        <translation>Identifiant du magasi&amp;n</translation>
    </message>
    <message>
        <source>Sale&apos;s &amp;event</source>
        <translation>Événement de &amp;vente</translation>
    </message>
    <message>
        <source>&amp;Test event code</source>
        <translation>Code d&apos;événement de &amp;test</translation>
    </message>
    <message>
        <source>Maximum event a&amp;ge (days)</source>
        <translation>Âge maximum (&amp;jours)</translation>
    </message>
    <message>
        <source>Access to&amp;ken</source>
        <translation>Jeton d&apos;a&amp;ccès</translation>
    </message>
    <message>
        <source>A new channel or sale&apos;s event applies to the sales made after you save; events already in the queue are sent as they were queued.</source>
        <translation>Un nouveau canal ou événement de vente s&apos;applique aux ventes faites après l&apos;enregistrement ; les événements déjà en file d&apos;attente sont envoyés tels qu&apos;ils y ont été mis.</translation>
    </message>
    <message>
        <source>C&amp;lear token</source>
        <translation>E&amp;ffacer le jeton</translation>
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
        <source>Event set I&amp;D</source>
        <translation>ID de l&apos;&amp;ensemble d&apos;événements</translation>
    </message>
    <message>
        <source>The offline event set&apos;s id in Events Manager, e.g. 7301234567890123456</source>
        <translation>L&apos;identifiant de l&apos;ensemble d&apos;événements hors ligne dans le Gestionnaire d&apos;événements, p. ex. 7301234567890123456</translation>
    </message>
    <message>
        <source>Pixel co&amp;de</source>
        <translation>Code du &amp;pixel</translation>
    </message>
    <message>
        <source>This till is attached to its hub: the shop id is the hub&apos;s shop code.</source>
        <translation>Cette caisse est reliée au serveur du magasin : l&apos;identifiant du magasin est son code sur le serveur.</translation>
    </message>
    <message>
        <source>Sent with in-store sales to say which shop made them (once the till is attached to a hub, the hub&apos;s shop code).</source>
        <translation>Envoyé avec les ventes en magasin pour dire quel magasin les a faites (une fois la caisse reliée au serveur du magasin, le code du magasin sur le serveur).</translation>
    </message>
    <message>
        <source>By default on for the web pixel: TikTok can still count a sale without an email or phone.</source>
        <translation>Coché par défaut pour le pixel web : TikTok peut compter une vente même sans e-mail ni téléphone.</translation>
    </message>
    <message>
        <source>By default off in-store: an offline event set matches a sale only by the customer&apos;s email or phone; the queue counts those not sent.</source>
        <translation>Décoché par défaut en magasin : un ensemble d&apos;événements hors ligne n&apos;associe une vente qu&apos;à l&apos;e-mail ou au téléphone du client ; la file d&apos;attente compte les ventes non envoyées.</translation>
    </message>
    <message>
        <source>You changed it for this shop.</source>
        <translation>Vous l&apos;avez changé pour ce magasin.</translation>
    </message>
    <message>
        <source>The event set ID is required: copy it from the offline event set in TikTok Events Manager.</source>
        <translation>L&apos;identifiant de l&apos;ensemble d&apos;événements est obligatoire : copiez-le depuis l&apos;ensemble d&apos;événements hors ligne dans le Gestionnaire d&apos;événements TikTok.</translation>
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
    <name>UnverifiedReturnDialog</name>
    <message>
        <source>Return of a sale not verified</source>
        <translation>Retour d&apos;une vente non vérifiée</translation>
    </message>
    <message>
        <source>&lt;b&gt;{number}&lt;/b&gt; is not known at this till and the hub does not answer. Scan what the customer brings back. The refund is the catalog&apos;s price unless the manager types the price paid; a manager approves, and the return is flagged: sale not verified.</source>
        <translation>&lt;b&gt;{number}&lt;/b&gt; n&apos;est pas connu de cette caisse et le serveur du magasin ne répond pas. Scannez ce que le client rapporte. Le remboursement se fait au prix du catalogue, sauf si le gérant tape le prix payé&#xa0;; un gérant valide, et le retour est signalé&#xa0;: vente non vérifiée.</translation>
    </message>
    <message>
        <source>Scan or type each item brought back</source>
        <translation>Scannez ou tapez chaque article rapporté</translation>
    </message>
    <message>
        <source>the price paid for the item picked, if not the catalog&apos;s</source>
        <translation>le prix payé pour l&apos;article choisi, s&apos;il diffère du catalogue</translation>
    </message>
    <message>
        <source>In its &amp;original condition: not damaged, not used</source>
        <translation>Dans son état d&apos;&amp;origine&#xa0;: ni abîmé, ni utilisé</translation>
    </message>
    <message>
        <source>In its original pac&amp;kaging</source>
        <translation>Dans son em&amp;ballage d&apos;origine</translation>
    </message>
    <message>
        <source>Required for &apos;Other&apos;</source>
        <translation>Obligatoire pour «&#xa0;Autre&#xa0;»</translation>
    </message>
    <message>
        <source>&amp;Item</source>
        <translation>Ar&amp;ticle</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>&amp;Liste</translation>
    </message>
    <message>
        <source>&amp;Price paid</source>
        <translation>&amp;Prix payé</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Motif</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>Manager &amp;approval… (Ctrl+Enter)</source>
        <translation>Accord du &amp;gérant… (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>{product} added.</source>
        <translation>{product} ajouté.</translation>
    </message>
    <message>
        <source>Pick the item in the list first (Alt+L).</source>
        <translation>Choisissez d&apos;abord l&apos;article dans la liste (Alt+L).</translation>
    </message>
    <message>
        <source>Price paid set for {product}.</source>
        <translation>Prix payé enregistré pour {product}.</translation>
    </message>
    <message>
        <source>{product} × {quantity}  ·  {price} (price paid, typed)  ·  {total}</source>
        <translation>{product} × {quantity}  ·  {price} (prix payé, saisi)  ·  {total}</translation>
    </message>
    <message>
        <source>{product} × {quantity}  ·  {price} (catalog price)  ·  {total}</source>
        <translation>{product} × {quantity}  ·  {price} (prix du catalogue)  ·  {total}</translation>
    </message>
    <message>
        <source>Customer receives {amount} in cash</source>
        <translation>Le client reçoit {amount} en espèces</translation>
    </message>
    <message>
        <source>Nothing scanned yet.</source>
        <translation>Rien n&apos;est encore scanné.</translation>
    </message>
    <message>
        <source>Scan the items the customer brings back.</source>
        <translation>Scannez les articles que le client rapporte.</translation>
    </message>
    <message>
        <source>{number} cannot be verified: this till has never seen it and the hub does not answer.</source>
        <translation>{number} ne peut pas être vérifié&#xa0;: cette caisse ne l&apos;a jamais vu et le serveur du magasin ne répond pas.</translation>
    </message>
    <message>
        <source>Customer receives {amount} in cash; the return is flagged as sale not verified.</source>
        <translation>Le client reçoit {amount} en espèces&#xa0;; le retour est signalé comme vente non vérifiée.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Counter is already open</source>
        <translation>Counter est déjà ouvert</translation>
    </message>
    <message>
        <source>Counter is already open on this shop, on this computer. Use that window, or close it before starting another.</source>
        <translation>Counter est déjà ouvert pour ce magasin, sur cet ordinateur. Utilisez cette fenêtre, ou fermez-la avant d&apos;en ouvrir une autre.</translation>
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
    <name>backups</name>
    <message>
        <source>Backup saved: {file}</source>
        <translation>Sauvegarde enregistrée : {file}</translation>
    </message>
    <message>
        <source>The backup could not be made: {error}</source>
        <translation>La sauvegarde n&apos;a pas pu être faite : {error}</translation>
    </message>
</context>
<context>
    <name>day_close</name>
    <message>
        <source>The day is not closed yet.</source>
        <translation>La journée n&apos;est pas encore clôturée.</translation>
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
        <translation>+ Entrées d&apos;espèces</translation>
    </message>
    <message>
        <source>− Cash out</source>
        <translation>− Sorties d&apos;espèces</translation>
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
        <source>Cash drawer</source>
        <translation>Tiroir-caisse</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Gérant</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Opened by a manager:</source>
        <translation>Ouvert par un gérant :</translation>
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
        <source>Store credit: notes issued this day {issued} ({count}); outstanding at the day&apos;s end {outstanding}.</source>
        <translation>Avoir : bons émis ce jour {issued} ({count}) ; encours en fin de journée {outstanding}.</translation>
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
    <name>dialogs</name>
    <message>
        <source>&amp;Yes, {what}</source>
        <translation>Oui, {what} (&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;No, {what}</source>
        <translation>Non, {what} (&amp;N)</translation>
    </message>
    <message>
        <source>Y: {yes}.   N, Esc or Enter: {no}.</source>
        <translation>Y : {yes}.   N, Échap ou Entrée : {no}.</translation>
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
    <name>import_dialog</name>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Code-barres</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Compare-at price</source>
        <translation>Prix barré</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>Collections</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Shopify product export</source>
        <translation>Export des produits Shopify</translation>
    </message>
    <message>
        <source>Product CSV (match its columns below)</source>
        <translation>CSV de produits (associez ses colonnes ci-dessous)</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Was (compare-at)</source>
        <translation>Avant (prix barré)</translation>
    </message>
</context>
<context>
    <name>parked</name>
    <message>
        <source>Cart parked: {what} ({total}). Shift+F6 brings it back.</source>
        <translation>Panier mis en attente : {what} ({total}). Maj+F6 le reprend.</translation>
    </message>
    <message>
        <source>No cart is parked.</source>
        <translation>Aucun panier en attente.</translation>
    </message>
</context>
<context>
    <name>promotions_dialog</name>
    <message>
        <source>Ended</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Starts {date}</source>
        <translation>Commence le {date}</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
</context>
<context>
    <name>receipt</name>
    <message>
        <source>Receipt</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>{path} could not be opened for writing.</source>
        <translation>Impossible d&apos;écrire dans {path}.</translation>
    </message>
    <message>
        <source>There is no receipt to reprint yet.</source>
        <translation>Aucun ticket à réimprimer pour l&apos;instant.</translation>
    </message>
    <message>
        <source>The receipt could not be read: {error}</source>
        <translation>Le ticket n&apos;a pas pu être lu : {error}</translation>
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
    <message>
        <source>No receipt</source>
        <translation>Sans ticket</translation>
    </message>
</context>
<context>
    <name>stock_dialogs</name>
    <message>
        <source>Damaged</source>
        <translation>Abîmé</translation>
    </message>
    <message>
        <source>Stock count</source>
        <translation>Inventaire</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perdu</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Goods received</source>
        <translation>Marchandise reçue</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>Vente</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Written off (returned defective)</source>
        <translation>Mis au rebut (retour défectueux)</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Échange</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Opening stock</source>
        <translation>Stock initial</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Variation</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Solde</translation>
    </message>
    <message>
        <source>SKU {sku}  ·  {stock} in stock now</source>
        <translation>SKU {sku}  ·  {stock} en stock actuellement</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
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
        <source>Not sent</source>
        <translation>Non envoyé</translation>
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
<context>
    <name>till printer</name>
    <message>
        <source>The drawer did not open: a manager opens it (Manager → Open drawer…).</source>
        <translation>Le tiroir-caisse ne s&apos;est pas ouvert : un gérant l&apos;ouvre (Gérant → Ouvrir le tiroir-caisse…).</translation>
    </message>
    <message>
        <source>Printed.</source>
        <translation>Imprimé.</translation>
    </message>
    <message>
        <source>The drawer is open.</source>
        <translation>Le tiroir-caisse est ouvert.</translation>
    </message>
    <message>
        <source>The paper is running low.</source>
        <translation>Le rouleau de papier touche à sa fin.</translation>
    </message>
    <message>
        <source>The printer could not be used ({kind}: {error}).</source>
        <translation>L&apos;imprimante n&apos;a pas pu être utilisée ({kind} : {error}).</translation>
    </message>
</context>
</TS>
