<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
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
        <name>OverrideDialog</name>
        <message>
            <source>Manager override</source>
            <translation>Dérogation du gérant</translation>
        </message>
        <message>
            <source>The policy says: {decision}</source>
            <translation>La politique de retour dit : {decision}</translation>
        </message>
        <message>
            <source>With your approval: {outcome}</source>
            <translation>Avec votre accord :
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
            <translation>Un autre gérant doit donner son accord : vous ne pouvez pas valider votre propre dérogation.</translation>
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
            <translation>La version {version} est en vigueur. Enregistrer crée une nouvelle version ; les retours déjà faits gardent la version sous laquelle ils ont été décidés.</translation>
        </message>
        <message>
            <source>Refund window (days after purchase)</source>
            <translation>Délai de remboursement (jours après l'achat)</translation>
        </message>
        <message>
            <source>Exchange window (days after purchase)</source>
            <translation>Délai d'échange (jours après l'achat)</translation>
        </message>
        <message>
            <source>Change-of-mind deduction (%)</source>
            <translation>Retenue pour changement d'avis (%)</translation>
        </message>
        <message>
            <source>Minimum deduction ({currency})</source>
            <translation>Retenue minimale ({currency})</translation>
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
            <translation>ou cherchez-la par &amp;date</translation>
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
            <translation>&amp;Quantité à retourner : choisissez la ligne avec ↑ ↓, tapez le nombre, ou + / −</translation>
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
            <translation>Dans son état d'&amp;origine : ni abîmé, ni utilisé</translation>
        </message>
        <message>
            <source>In its original pac&amp;kaging</source>
            <translation>Dans son em&amp;ballage d'origine</translation>
        </message>
        <message>
            <source>&amp;Note</source>
            <translation>&amp;Note</translation>
        </message>
        <message>
            <source>Required for 'Other'</source>
            <translation>Obligatoire pour « Autre »</translation>
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
            <source>Manager o&amp;verride…</source>
            <translation>Dérogation d&amp;u gérant…</translation>
        </message>
        <message>
            <source>Confirm (Ctrl+Enter)</source>
            <translation>Valider (Ctrl+Entrée)</translation>
        </message>
        <message>
            <source>Looking {number} up at this shop's tills…</source>
            <translation>Recherche de {number} dans les caisses du magasin…</translation>
        </message>
        <message>
            <source>No sale has the order number '{number}'. Check the receipt.</source>
            <translation>Aucune vente ne porte le n° « {number} ». Vérifiez le ticket.</translation>
        </message>
        <message numerus="yes">
            <source>%n sale(s) found: pick one and press Enter.</source>
            <translation>
                <numerusform>%n vente trouvée : choisissez-la et appuyez sur Entrée.</numerusform>
                <numerusform>%n ventes trouvées : choisissez-en une et appuyez sur Entrée.</numerusform>
            </translation>
        </message>
        <message>
            <source>No sale found for that search.</source>
            <translation>Aucune vente trouvée pour cette recherche.</translation>
        </message>
        <message>
            <source>Sale {number} found.</source>
            <translation>Vente {number} trouvée.</translation>
        </message>
        <message>
            <source>Find the sale first.</source>
            <translation>Trouvez d'abord la vente.</translation>
        </message>
        <message>
            <source>&lt;b&gt;{number}&lt;/b&gt; · {when} · sold by {clerk} · paid {methods} · total {total}</source>
            <translation>&lt;b&gt;{number}&lt;/b&gt; · {when} · vendu par {clerk} · payé {methods} · total {total}</translation>
        </message>
        <message>
            <source>&lt;b&gt;sale not verified&lt;/b&gt;: a manager approves its returns</source>
            <translation>&lt;b&gt;vente non vérifiée&lt;/b&gt; : un gérant valide ses retours</translation>
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
            <translation>par un avoir d'échange</translation>
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
            <source>The policy's decision</source>
            <translation>Décision de la politique de retour</translation>
        </message>
        <message>
            <source>Still needed: {what}</source>
            <translation>Il manque : {what}</translation>
        </message>
        <message>
            <source>Still needed: {what} ({key})</source>
            <translation>Il manque : {what} ({key})</translation>
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
            <translation>Nouveaux articles : {total}</translation>
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
            <source>{number} recorded.</source>
            <translation>{number} enregistré.</translation>
        </message>
    </context>
    <context>
        <name>UnverifiedReturnDialog</name>
        <message>
            <source>Return of a sale not verified</source>
            <translation>Retour d'une vente non vérifiée</translation>
        </message>
        <message>
            <source>&lt;b&gt;{number}&lt;/b&gt; is not known at this till and the hub does not answer. Scan what the customer brings back. The refund is the catalog's price unless the manager types the price paid; a manager approves, and the return is flagged: sale not verified.</source>
            <translation>&lt;b&gt;{number}&lt;/b&gt; n'est pas connu de cette caisse et le serveur du magasin ne répond pas. Scannez ce que le client rapporte. Le remboursement se fait au prix du catalogue, sauf si le gérant tape le prix payé ; un gérant valide, et le retour est signalé : vente non vérifiée.</translation>
        </message>
        <message>
            <source>Scan or type each item brought back</source>
            <translation>Scannez ou tapez chaque article rapporté</translation>
        </message>
        <message>
            <source>the price paid for the item picked, if not the catalog's</source>
            <translation>le prix payé pour l'article choisi, s'il diffère du catalogue</translation>
        </message>
        <message>
            <source>In its &amp;original condition: not damaged, not used</source>
            <translation>Dans son état d'&amp;origine : ni abîmé, ni utilisé</translation>
        </message>
        <message>
            <source>In its original pac&amp;kaging</source>
            <translation>Dans son em&amp;ballage d'origine</translation>
        </message>
        <message>
            <source>Required for 'Other'</source>
            <translation>Obligatoire pour « Autre »</translation>
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
            <translation>Choisissez d'abord l'article dans la liste (Alt+L).</translation>
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
            <translation>Rien n'est encore scanné.</translation>
        </message>
        <message>
            <source>Scan the items the customer brings back.</source>
            <translation>Scannez les articles que le client rapporte.</translation>
        </message>
        <message>
            <source>{number} cannot be verified: this till has never seen it and the hub does not answer.</source>
            <translation>{number} ne peut pas être vérifié : cette caisse ne l'a jamais vu et le serveur du magasin ne répond pas.</translation>
        </message>
        <message>
            <source>Customer receives {amount} in cash; the return is flagged as sale not verified.</source>
            <translation>Le client reçoit {amount} en espèces ; le retour est signalé comme vente non vérifiée.</translation>
        </message>
    </context>
    <context>
        <name>background</name>
        <message>
            <source>Something went wrong ({kind}: {error}). Nothing was saved.</source>
            <translation>Une erreur est survenue ({kind} : {error}). Rien n'a été enregistré.</translation>
        </message>
    </context>
</TS>
