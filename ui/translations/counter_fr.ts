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
            <source>Done (Enter)</source>
            <translation>Terminé (Entrée)</translation>
        </message>
        <message>
            <source>Sent to the printer.</source>
            <translation>Envoyé à l'imprimante.</translation>
        </message>
        <message>
            <source>The receipt could not be printed: {error}</source>
            <translation>Le ticket n'a pas pu être imprimé : {error}</translation>
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
            <translation>Le PDF n'a pas pu être enregistré : {error}</translation>
        </message>
        <message>
            <source>Drawing the receipt…</source>
            <translation>Préparation du ticket…</translation>
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
        <name>receipt</name>
        <message>
            <source>Receipt</source>
            <translation>Ticket</translation>
        </message>
        <message>
            <source>{path} could not be opened for writing.</source>
            <translation>Impossible d'écrire dans {path}.</translation>
        </message>
        <message>
            <source>There is no receipt to reprint yet.</source>
            <translation>Aucun ticket à réimprimer pour l'instant.</translation>
        </message>
        <message>
            <source>The receipt could not be read: {error}</source>
            <translation>Le ticket n'a pas pu être lu : {error}</translation>
        </message>
    </context>
</TS>
