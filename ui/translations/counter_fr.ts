<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
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
    <name>CustomerDialog</name>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>The customer agrees that we keep their email and phone</source>
        <translation>Le client accepte que nous gardions son e-mail et son téléphone</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
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
        <translation>Reçu</translation>
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
    <name>ProductPicker</name>
    <message>
        <source>Products matching &apos;{text}&apos;</source>
        <translation>Produits correspondant à « {text} »</translation>
    </message>
</context>
<context>
    <name>SaleScreen</name>
    <message>
        <source>Scan a barcode, or type a SKU or part of a name, then Enter  (F2)</source>
        <translation>Scannez un code-barres, ou tapez un SKU ou une partie du nom, puis Entrée  (F2)</translation>
    </message>
    <message>
        <source>Quantity… (F3)</source>
        <translation>Quantité… (F3)</translation>
    </message>
    <message>
        <source>Remove line (Del)</source>
        <translation>Retirer la ligne (Suppr)</translation>
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
        <source>Promotions</source>
        <translation>Promotions</translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation>TOTAL</translation>
    </message>
    <message>
        <source>Your sale is back: {sale}.</source>
        <translation>Votre vente est de retour : {sale}.</translation>
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
        <source>Press Esc again to void the whole cart.</source>
        <translation>Appuyez encore sur Échap pour annuler tout le panier.</translation>
    </message>
    <message>
        <source>Cart voided.</source>
        <translation>Panier annulé.</translation>
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
</TS>
