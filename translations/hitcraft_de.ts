<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>hc::ProbabilityText</name>
    <message>
        <source>&lt; %1</source>
        <translation>&lt; %1</translation>
    </message>
    <message>
        <source>&gt; %1</source>
        <translation>&gt; %1</translation>
    </message>
</context>
<context>
    <name>hc::TaskContext</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>hc::analysis::Attribution</name>
    <message>
        <source>The lookback and the half-life must be longer than 0.</source>
        <translation>Rückblick und Halbwertszeit müssen länger als 0 sein.</translation>
    </message>
</context>
<context>
    <name>hc::analysis::CohortBreakdown</name>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <source>not in %1</source>
        <translation>nicht in %1</translation>
    </message>
</context>
<context>
    <name>hc::analysis::CohortDefinition</name>
    <message>
        <source>Cohort “%1” has an unknown kind “%2”.</source>
        <translation>Die Kohorte „%1“ hat eine unbekannte Art „%2“.</translation>
    </message>
    <message>
        <source>a list of %1 user ids</source>
        <translation>eine Liste mit %1 Nutzer-IDs</translation>
    </message>
    <message>
        <source>did %1 at least %2 times · %3</source>
        <translation>hat %1 mindestens %2-mal ausgeführt · %3</translation>
    </message>
    <message>
        <source>did %1 · %2</source>
        <translation>hat %1 ausgeführt · %2</translation>
    </message>
    <message>
        <source>dropped off at step %1 of %2 · %3</source>
        <translation>bei Schritt %1 von %2 abgesprungen · %3</translation>
    </message>
    <message>
        <source>in the %1 cohort of %2 → %3, period %4 · %5</source>
        <translation>in der Kohorte %1 von %2 → %3, Periode %4 · %5</translation>
    </message>
    <message>
        <source>reached step %1 of %2 · %3</source>
        <translation>hat Schritt %1 von %2 erreicht · %3</translation>
    </message>
</context>
<context>
    <name>hc::analysis::CohortMembership</name>
    <message>
        <source>Cohort “%1”: %2</source>
        <translation>Kohorte „%1“: %2</translation>
    </message>
    <message>
        <source>Cohort “%1”: the funnel has steps 1 to %2.</source>
        <translation>Kohorte „%1“: Der Funnel hat die Schritte 1 bis %2.</translation>
    </message>
    <message>
        <source>Cohort “%1”: users drop off at steps 2 to %2.</source>
        <translation>Kohorte „%1“: Nutzer springen bei den Schritten 2 bis %2 ab.</translation>
    </message>
    <message>
        <source>Computing the cohort was cancelled.</source>
        <translation>Die Berechnung der Kohorte wurde abgebrochen.</translation>
    </message>
    <message>
        <source>There is no cohort named “%1” in this workspace.</source>
        <translation>In diesem Arbeitsbereich gibt es keine Kohorte namens „%1“.</translation>
    </message>
    <message>
        <source>“%1”: a cohort takes = or != and a cohort's name.</source>
        <translation>„%1“: Eine Kohorte braucht = oder != und den Namen einer Kohorte.</translation>
    </message>
</context>
<context>
    <name>hc::analysis::Condition</name>
    <message>
        <source>condition “%1” has no operator after the property name</source>
        <translation>Bedingung „%1“ hat keinen Operator nach dem Eigenschaftsnamen</translation>
    </message>
    <message>
        <source>condition “%1” needs PROP, an operator (= != ~ ? !? &lt; &lt;= &gt; &gt;=) and usually a value</source>
        <translation>Bedingung „%1“ braucht PROP, einen Operator (= != ~ ? !? &lt; &lt;= &gt; &gt;=) und meist einen Wert</translation>
    </message>
    <message>
        <source>condition “%1”: %2 is not a number</source>
        <translation>Bedingung „%1“: %2 ist keine Zahl</translation>
    </message>
    <message>
        <source>condition “%1”: ? and !? take no value</source>
        <translation>Bedingung „%1“: ? und !? nehmen keinen Wert</translation>
    </message>
    <message>
        <source>“%1”: a cohort filters whole users; use it in the global filter (--where, the filter bar), not in a step's or a measure's conditions.</source>
        <translation>„%1“: Eine Kohorte filtert ganze Nutzer; verwenden Sie sie im globalen Filter (--where, die Filterleiste), nicht in den Bedingungen eines Schritts oder einer Kennzahl.</translation>
    </message>
</context>
<context>
    <name>hc::analysis::EngineInputs</name>
    <message>
        <source>The goal event “%1” never occurs in this workspace.</source>
        <translation>Das Zielereignis „%1“ kommt in diesem Arbeitsbereich nicht vor.</translation>
    </message>
</context>
<context>
    <name>hc::analysis::EventFilter</name>
    <message>
        <source>Filtering was cancelled.</source>
        <translation>Das Filtern wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>hc::analysis::Funnel</name>
    <message>
        <source>A funnel needs 1 to %1 steps.</source>
        <translation>Ein Trichter braucht 1 bis %1 Schritte.</translation>
    </message>
    <message>
        <source>An exclusion must sit between two steps, A &lt; B within 1..%1.</source>
        <translation>Ein Ausschluss muss zwischen zwei Schritten liegen, A &lt; B innerhalb 1..%1.</translation>
    </message>
    <message>
        <source>At most 32 exclusions.</source>
        <translation>Höchstens 32 Ausschlüsse.</translation>
    </message>
    <message>
        <source>Conversion over time is computed for unique users.</source>
        <translation>Die Konversion im Zeitverlauf wird für eindeutige Nutzer berechnet.</translation>
    </message>
    <message>
        <source>Exclusions cannot be combined with a * step or be * themselves.</source>
        <translation>Ausschlüsse sind mit einem *-Schritt nicht möglich und können selbst nicht * sein.</translation>
    </message>
    <message>
        <source>Exclusions in unordered funnels must span the whole funnel.</source>
        <translation>Ausschlüsse in ungeordneten Trichtern müssen den ganzen Trichter umfassen.</translation>
    </message>
    <message>
        <source>The conversion window is from 1 second to 366 days.</source>
        <translation>Das Konversionsfenster liegt zwischen 1 Sekunde und 366 Tagen.</translation>
    </message>
    <message>
        <source>The exclusion “%1” is also a step of this funnel.</source>
        <translation>Der Ausschluss „%1“ ist auch ein Schritt dieses Trichters.</translation>
    </message>
    <message>
        <source>Unordered funnels attribute to step:1 only.</source>
        <translation>Ungeordnete Trichter ordnen nur step:1 zu.</translation>
    </message>
    <message>
        <source>step:N needs N between 1 and %1.</source>
        <translation>step:N braucht N zwischen 1 und %1.</translation>
    </message>
</context>
<context>
    <name>hc::analysis::FunnelCorrelation</name>
    <message>
        <source>Correlation is not causation: users who do these things may differ in other ways that explain their conversion.</source>
        <translation>Korrelation ist keine Kausalität: Nutzer, die dies tun, können sich auf andere Weise unterscheiden, die ihre Konversion erklärt.</translation>
    </message>
</context>
<context>
    <name>hc::analysis::Kpis</name>
    <message>
        <source>Average session length</source>
        <translation>Ø Sitzungsdauer</translation>
    </message>
    <message>
        <source>Daily active users (average)</source>
        <translation>Täglich aktive Nutzer (Ø)</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Events per user</source>
        <translation>Ereignisse pro Nutzer</translation>
    </message>
    <message>
        <source>Monthly active users</source>
        <translation>Monatlich aktive Nutzer</translation>
    </message>
    <message>
        <source>New users</source>
        <translation>Neue Nutzer</translation>
    </message>
    <message>
        <source>Returning users</source>
        <translation>Wiederkehrende Nutzer</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Stickiness (DAU / MAU)</source>
        <translation>Stickiness (DAU / MAU)</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Nutzer</translation>
    </message>
    <message>
        <source>Weekly active users</source>
        <translation>Wöchentlich aktive Nutzer</translation>
    </message>
</context>
<context>
    <name>hc::analysis::Retention</name>
    <message>
        <source>No cohort starts at “%1” in this range.</source>
        <translation>In diesem Zeitraum beginnt keine Kohorte am „%1“.</translation>
    </message>
    <message>
        <source>Retention has periods 0 to %1.</source>
        <translation>Die Retention hat die Perioden 0 bis %1.</translation>
    </message>
    <message>
        <source>Retention takes 1 to 1,000 periods.</source>
        <translation>Die Bindung umfasst 1 bis 1.000 Perioden.</translation>
    </message>
    <message>
        <source>The minimum number of returns is at least 1.</source>
        <translation>Die Mindestzahl an Rückkehrern ist mindestens 1.</translation>
    </message>
</context>
<context>
    <name>hc::analysis::SessionStats</name>
    <message>
        <source>0 s</source>
        <translation>0 s</translation>
    </message>
    <message>
        <source>1 h or more</source>
        <translation>1 h oder länger</translation>
    </message>
    <message>
        <source>15–30 min</source>
        <translation>15–30 min</translation>
    </message>
    <message>
        <source>1–5 min</source>
        <translation>1–5 min</translation>
    </message>
    <message>
        <source>30–60 min</source>
        <translation>30–60 min</translation>
    </message>
    <message>
        <source>5–15 min</source>
        <translation>5–15 min</translation>
    </message>
    <message>
        <source>under 1 min</source>
        <translation>unter 1 min</translation>
    </message>
</context>
<context>
    <name>hc::analysis::TimeRange</name>
    <message>
        <source>--from takes YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS][Z|±HH:MM], got “%1”</source>
        <translation>--from erwartet JJJJ-MM-TT oder JJJJ-MM-TTTHH:MM[:SS][Z|±HH:MM], erhalten: „%1“</translation>
    </message>
    <message>
        <source>--to (%1) is before --from (%2)</source>
        <translation>--to (%1) liegt vor --from (%2)</translation>
    </message>
    <message>
        <source>--to takes YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS][Z|±HH:MM], got “%1”</source>
        <translation>--to erwartet JJJJ-MM-TT oder JJJJ-MM-TTTHH:MM[:SS][Z|±HH:MM], erhalten: „%1“</translation>
    </message>
</context>
<context>
    <name>hc::analysis::Trend</name>
    <message>
        <source>A cumulative trend takes total, uniques or sum:PROP.</source>
        <translation>Ein kumulierter Verlauf braucht total, uniques oder sum:PROP.</translation>
    </message>
</context>
<context>
    <name>hc::dataset::DatasetLoader</name>
    <message>
        <source>Cannot remove “%1”.</source>
        <translation>„%1“ kann nicht entfernt werden.</translation>
    </message>
    <message>
        <source>Loading the events was cancelled.</source>
        <translation>Das Laden der Ereignisse wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Reading events failed: %1</source>
        <translation>Lesen der Ereignisse fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The workspace file is damaged (%1); restore it from a backup or import again.</source>
        <translation>Die Arbeitsbereichsdatei ist beschädigt (%1); stellen Sie sie aus einer Sicherung wieder her oder importieren Sie erneut.</translation>
    </message>
    <message>
        <source>a user or event name id is out of range</source>
        <translation>eine Benutzer- oder Ereignisnamen-ID liegt außerhalb des gültigen Bereichs</translation>
    </message>
    <message>
        <source>an event names a user or event that does not exist</source>
        <translation>ein Ereignis verweist auf einen Benutzer oder Ereignisnamen, den es nicht gibt</translation>
    </message>
    <message>
        <source>event ids are out of range</source>
        <translation>Ereignis-IDs liegen außerhalb des gültigen Bereichs</translation>
    </message>
</context>
<context>
    <name>hc::demo::DemoWorkspaceGenerator</name>
    <message>
        <source>Demo generation cancelled.</source>
        <translation>Erzeugung der Demo abgebrochen.</translation>
    </message>
    <message>
        <source>The demo needs 28 to 3,660 days and 1 to 10,000,000 users.</source>
        <translation>Die Demo braucht 28 bis 3.660 Tage und 1 bis 10.000.000 Nutzer.</translation>
    </message>
</context>
<context>
    <name>hc::ingest::CsvEventMapper</name>
    <message>
        <source>column %1 of the header has no name</source>
        <translation>Spalte %1 der Kopfzeile hat keinen Namen</translation>
    </message>
    <message>
        <source>expected %1 fields as in the header, found %2</source>
        <translation>%1 Felder wie in der Kopfzeile erwartet, %2 gefunden</translation>
    </message>
    <message>
        <source>mp_processing_time_ms “%1” is not a number</source>
        <translation>mp_processing_time_ms „%1“ ist keine Zahl</translation>
    </message>
    <message>
        <source>the event name is empty</source>
        <translation>der Ereignisname ist leer</translation>
    </message>
    <message>
        <source>the header must name the columns distinct_id, event and time</source>
        <translation>die Kopfzeile muss die Spalten distinct_id, event und time benennen</translation>
    </message>
    <message>
        <source>the header names column “%1” twice</source>
        <translation>die Kopfzeile nennt die Spalte „%1“ zweimal</translation>
    </message>
    <message>
        <source>time “%1” is not an epoch number or ISO 8601 date-time</source>
        <translation>Zeit „%1“ ist weder Epochenzahl noch ISO-8601-Zeitpunkt</translation>
    </message>
</context>
<context>
    <name>hc::ingest::CsvRecordReader</name>
    <message>
        <source>a quoted field is never closed</source>
        <translation>ein Feld in Anführungszeichen wird nie geschlossen</translation>
    </message>
    <message>
        <source>text after a closing quote in field %1</source>
        <translation>Text nach einem schließenden Anführungszeichen in Feld %1</translation>
    </message>
</context>
<context>
    <name>hc::ingest::FileImporter</name>
    <message>
        <source>Import cancelled after %1 lines; %2 events were saved. Import the file again to add the rest (events already saved are recognised as duplicates).</source>
        <translation>Import nach %1 Zeilen abgebrochen; %2 Ereignisse wurden gespeichert. Importieren Sie die Datei erneut, um den Rest hinzuzufügen (bereits gespeicherte Ereignisse werden als Duplikate erkannt).</translation>
    </message>
    <message>
        <source>the line is longer than 64 MiB</source>
        <translation>die Zeile ist länger als 64 MiB</translation>
    </message>
    <message>
        <source>the line was cut off where the file ends early</source>
        <translation>die Zeile bricht ab, wo die Datei vorzeitig endet</translation>
    </message>
    <message>
        <source>“%1” has no usable CSV header: %2. The first row must name the columns, including distinct_id, event and time.</source>
        <translation>„%1“ hat keine brauchbare CSV-Kopfzeile: %2. Die erste Zeile muss die Spalten benennen, darunter distinct_id, event und time.</translation>
    </message>
</context>
<context>
    <name>hc::ingest::ImportBatch</name>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
</context>
<context>
    <name>hc::ingest::LineReader</name>
    <message>
        <source>Cannot open “%1” for reading. Check that the file exists and is readable.</source>
        <translation>„%1“ kann nicht zum Lesen geöffnet werden. Prüfen Sie, ob die Datei existiert und lesbar ist.</translation>
    </message>
    <message>
        <source>“%1” ends early or is damaged (%2) after line %3; the lines before it were read. Get a complete copy of the file and import it again.</source>
        <translation>„%1“ endet vorzeitig oder ist beschädigt (%2) nach Zeile %3; die Zeilen davor wurden gelesen. Besorgen Sie eine vollständige Kopie der Datei und importieren Sie sie erneut.</translation>
    </message>
</context>
<context>
    <name>hc::ingest::MixpanelLineParser</name>
    <message>
        <source>"$insert_id" is neither a string nor a number</source>
        <translation>"$insert_id" ist weder Zeichenkette noch Zahl</translation>
    </message>
    <message>
        <source>"distinct_id" is neither a string nor a number</source>
        <translation>"distinct_id" ist weder Zeichenkette noch Zahl</translation>
    </message>
    <message>
        <source>"time" is not an epoch number or ISO 8601 date-time</source>
        <translation>"time" ist weder Epochenzahl noch ISO-8601-Zeitpunkt</translation>
    </message>
    <message>
        <source>no "event" name (a string) in the line</source>
        <translation>kein "event"-Name (Zeichenkette) in der Zeile</translation>
    </message>
    <message>
        <source>no "properties" object in the line</source>
        <translation>kein "properties"-Objekt in der Zeile</translation>
    </message>
    <message>
        <source>no "time" in the properties</source>
        <translation>kein "time" in den Eigenschaften</translation>
    </message>
    <message>
        <source>not valid JSON (%1)</source>
        <translation>kein gültiges JSON (%1)</translation>
    </message>
    <message>
        <source>the "event" name is empty</source>
        <translation>der "event"-Name ist leer</translation>
    </message>
    <message>
        <source>the export stream was terminated early by the server</source>
        <translation>der Exportstrom wurde vom Server vorzeitig beendet</translation>
    </message>
    <message>
        <source>the line is not a JSON object</source>
        <translation>die Zeile ist kein JSON-Objekt</translation>
    </message>
</context>
<context>
    <name>hc::insights::AnomalyInsights</name>
    <message>
        <source>%1 against %2 expected from the same weekday of the previous weeks (usual range %3 to %4, z = %5).</source>
        <translation>%1 gegenüber %2 erwartet vom selben Wochentag der Vorwochen (üblicher Bereich %3 bis %4, z = %5).</translation>
    </message>
    <message>
        <source>%1 fell %2% on %3</source>
        <translation>%1: am %3 um %2 % gesunken</translation>
    </message>
    <message>
        <source>%1 rose %2% on %3</source>
        <translation>%1: am %3 um %2 % gestiegen</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <source>Against the same weekday of the previous weeks (%1 on average), %2 = %3 moved most: from %4 to %5 (%6).</source>
        <translation>Gegenüber demselben Wochentag der Vorwochen (%1 im Mittel) bewegte sich %2 = %3 am stärksten: von %4 auf %5 (%6).</translation>
    </message>
    <message>
        <source>Check releases, outages and tracking on %1.</source>
        <translation>Prüfen Sie Releases, Ausfälle und Tracking am %1.</translation>
    </message>
    <message>
        <source>Check what changed for %1 = %2 on %3 (a release, an outage, tracking) before reading other metrics of that day.</source>
        <translation>Prüfen Sie, was sich für %1 = %2 am %3 geändert hat (ein Release, ein Ausfall, das Tracking), bevor Sie andere Kennzahlen dieses Tages lesen.</translation>
    </message>
    <message>
        <source>Daily active users</source>
        <translation>Täglich aktive Nutzer</translation>
    </message>
    <message>
        <source>Events of %1</source>
        <translation>Ereignisse von %1</translation>
    </message>
    <message>
        <source>Find what brought the extra activity from %1 = %2 on %3 (a campaign, a mention) and whether it lasts.</source>
        <translation>Finden Sie heraus, was die zusätzliche Aktivität von %1 = %2 am %3 brachte (eine Kampagne, eine Erwähnung) und ob sie anhält.</translation>
    </message>
    <message>
        <source>Find what drove the rise on %1 and whether it lasts.</source>
        <translation>Finden Sie heraus, was den Anstieg am %1 auslöste und ob er anhält.</translation>
    </message>
</context>
<context>
    <name>hc::insights::ChangeDecomposition</name>
    <message>
        <source>Both periods need at least one day.</source>
        <translation>Beide Zeiträume brauchen mindestens einen Tag.</translation>
    </message>
    <message>
        <source>Only daily active users and event counts add up over days.</source>
        <translation>Nur täglich aktive Nutzer und Ereigniszahlen lassen sich über Tage addieren.</translation>
    </message>
    <message>
        <source>The two periods overlap; compare periods that share no day.</source>
        <translation>Die beiden Zeiträume überlappen sich; vergleichen Sie Zeiträume ohne gemeinsamen Tag.</translation>
    </message>
</context>
<context>
    <name>hc::insights::ExperimentInsights</name>
    <message>
        <source>%1 = %2 lifts %3 by %4 over %5</source>
        <translation>%1 = %2 steigert %3 um %4 gegenüber %5</translation>
    </message>
    <message>
        <source>%1 = %2 lowers %3 by %4 against %5</source>
        <translation>%1 = %2 senkt %3 um %4 gegenüber %5</translation>
    </message>
    <message>
        <source>%1 of %2 exposed users reached %3 in %4, against %5 of %6 in %7 (difference %8 points, 95% interval %9 to %10); the probability that %4 beats %7 is %11.</source>
        <translation>%1 von %2 exponierten Nutzern erreichten %3 in %4, gegenüber %5 von %6 in %7 (Differenz %8 Punkte, 95-%-Intervall %9 bis %10); die Wahrscheinlichkeit, dass %4 %7 schlägt, beträgt %11.</translation>
    </message>
    <message>
        <source>Check the assignment and the exposure logging of %1 (bots, redirects, a variant that crashes before logging) before reading its results.</source>
        <translation>Prüfen Sie die Zuteilung und das Expositions-Logging von %1 (Bots, Weiterleitungen, eine Variante, die vor dem Logging abstürzt), bevor Sie die Ergebnisse lesen.</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Konversion</translation>
    </message>
    <message>
        <source>Exposed users by variant: %1; an even split would give about %2 each (χ² = %3). Until the assignment is explained, none of this experiment's results can be trusted.</source>
        <translation>Exponierte Nutzer je Variante: %1; eine gleichmäßige Aufteilung ergäbe je etwa %2 (χ² = %3). Solange die Zuteilung nicht erklärt ist, ist keinem Ergebnis dieses Experiments zu trauen.</translation>
    </message>
    <message>
        <source>Hypothesis: %1 changes %2 by %3. Confirming a lift of that size with 80% power takes about %4 exposed users per variant; %1 has %5.</source>
        <translation>Hypothese: %1 verändert %2 um %3. Einen Lift dieser Größe mit 80 % Power zu bestätigen, braucht etwa %4 exponierte Nutzer je Variante; %1 hat %5.</translation>
    </message>
    <message>
        <source>Roll %1 out to everyone and keep watching %2 afterwards.</source>
        <translation>Führen Sie %1 für alle ein und beobachten Sie %2 danach weiter.</translation>
    </message>
    <message>
        <source>Stop %1 and keep %2: it converts fewer users to %3.</source>
        <translation>Beenden Sie %1 und behalten Sie %2: es konvertiert weniger Nutzer zu %3.</translation>
    </message>
    <message>
        <source>The %1 experiment's split is uneven (sample-ratio mismatch)</source>
        <translation>Die Aufteilung des Experiments %1 ist ungleich (Sample-Ratio-Mismatch)</translation>
    </message>
</context>
<context>
    <name>hc::insights::InsightRanking</name>
    <message>
        <source>On the same day: %1.</source>
        <translation>Am selben Tag: %1.</translation>
    </message>
    <message>
        <source>Significant after correcting for the %1 findings scanned in this run (%2).</source>
        <translation>Signifikant nach Korrektur für die %1 in diesem Lauf geprüften Befunde (%2).</translation>
    </message>
    <message>
        <source>The same holds for: %1.</source>
        <translation>Dasselbe gilt für: %1.</translation>
    </message>
    <message>
        <source>Worth watching, not yet significant: once the %1 findings scanned in this run are taken into account, chance could explain it (%2).</source>
        <translation>Beobachten, noch nicht signifikant: Berücksichtigt man die %1 in diesem Lauf geprüften Befunde, könnte Zufall es erklären (%2).</translation>
    </message>
    <message>
        <source>Worth watching: %1</source>
        <translation>Beobachten: %1</translation>
    </message>
</context>
<context>
    <name>hc::insights::InsightRun</name>
    <message>
        <source>An ad hoc run needs a first day on or before its last day.</source>
        <translation>Ein Ad-hoc-Lauf braucht einen ersten Tag am oder vor seinem letzten Tag.</translation>
    </message>
    <message>
        <source>There are no events to look for insights in.</source>
        <translation>Es gibt keine Ereignisse, in denen nach Erkenntnissen gesucht werden kann.</translation>
    </message>
</context>
<context>
    <name>hc::insights::RetentionInsights</name>
    <message>
        <source>%1 of %2 new users with %3 came back within a week, against %4 of the other %5 (started %6 – %7).</source>
        <translation>%1 von %2 neuen Nutzern mit %3 kamen innerhalb einer Woche wieder, gegenüber %4 der übrigen %5 (Start %6 – %7).</translation>
    </message>
    <message>
        <source>%1 of new users who did %2 on their first day came back within a week, against %3 of those who did not; only %4 of new users do it on day one. Correlation is not causation: users who do this may differ in other ways.</source>
        <translation>%1 der neuen Nutzer, die am ersten Tag %2 ausführten, kamen innerhalb einer Woche wieder, gegenüber %3 derer, die es nicht taten; nur %4 der neuen Nutzer tun es am ersten Tag. Korrelation ist keine Kausalität: Nutzer, die dies tun, können sich auf andere Weise unterscheiden.</translation>
    </message>
    <message>
        <source>Compare the onboarding of the two cohorts (releases, campaigns, first-day events) and look at the retention view by platform and version.</source>
        <translation>Vergleichen Sie das Onboarding beider Kohorten (Releases, Kampagnen, Ereignisse des ersten Tages) und sehen Sie sich die Retention nach Plattform und Version an.</translation>
    </message>
    <message>
        <source>Did %1 on day one</source>
        <translation>%1 am ersten Tag</translation>
    </message>
    <message>
        <source>Did not</source>
        <translation>Nicht</translation>
    </message>
    <message>
        <source>Find what the newer cohort met first (a release, a campaign) and keep it.</source>
        <translation>Finden Sie heraus, was die neuere Kohorte zuerst erlebte (ein Release, eine Kampagne), und behalten Sie es bei.</translation>
    </message>
    <message>
        <source>Hypothesis: prompting new users to %1 on day one raises week-1 retention. Metric: week-1 retention. Sample: %2 new users per group to detect a %3% lift (half the observed one) with 80% power.</source>
        <translation>Hypothese: Neue Nutzer am ersten Tag zu %1 anzuregen, erhöht die Retention der ersten Woche. Kennzahl: Retention der ersten Woche. Stichprobe: %2 neue Nutzer je Gruppe, um einen Lift von %3 % (die Hälfte des beobachteten) mit 80 % Power zu erkennen.</translation>
    </message>
    <message>
        <source>Make %1 easier to find in onboarding for new users.</source>
        <translation>Machen Sie %1 im Onboarding für neue Nutzer leichter auffindbar.</translation>
    </message>
    <message>
        <source>New users who %1 on their first day retain %2× as often</source>
        <translation>Neue Nutzer mit %1 am ersten Tag bleiben %2-mal so oft</translation>
    </message>
    <message>
        <source>New users with %1 retain %2× as often as the rest</source>
        <translation>Neue Nutzer mit %1 bleiben %2-mal so oft wie die übrigen</translation>
    </message>
    <message>
        <source>Of %1 users who started %2 – %3, %4 came back within a week, against %5 of %6 who started %7 – %8 (difference %9 points, 95% interval %10 to %11).</source>
        <translation>Von %1 Nutzern mit Start %2 – %3 kamen %4 innerhalb einer Woche wieder, gegenüber %5 von %6 mit Start %7 – %8 (Differenz %9 Punkte, 95-%-Intervall %10 bis %11).</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>Übrige</translation>
    </message>
    <message>
        <source>Started %1 – %2</source>
        <translation>Start %1 – %2</translation>
    </message>
    <message>
        <source>Week-1 retention</source>
        <translation>Retention der ersten Woche</translation>
    </message>
    <message>
        <source>Week-1 retention of %1 fell from %2 to %3</source>
        <translation>Retention der ersten Woche von %1 fiel von %2 auf %3</translation>
    </message>
    <message>
        <source>Week-1 retention of %1 rose from %2 to %3</source>
        <translation>Retention der ersten Woche von %1 stieg von %2 auf %3</translation>
    </message>
    <message>
        <source>Weigh acquisition toward %1 and find what the others lack.</source>
        <translation>Richten Sie die Akquise stärker auf %1 aus und finden Sie heraus, was den übrigen fehlt.</translation>
    </message>
    <message>
        <source>new users</source>
        <translation>neuen Nutzern</translation>
    </message>
    <message>
        <source>new users with %1</source>
        <translation>neuen Nutzern mit %1</translation>
    </message>
</context>
<context>
    <name>hc::insights::TrendInsights</name>
    <message>
        <source>%1 is declining: %2% of its level a day over %3 days</source>
        <translation>%1: Rückgang um %2 % des Niveaus pro Tag über %3 Tage</translation>
    </message>
    <message>
        <source>%1 is rising: %2% of its level a day over %3 days</source>
        <translation>%1: Anstieg um %2 % des Niveaus pro Tag über %3 Tage</translation>
    </message>
    <message>
        <source>Across the last %1 days (weekday rhythm removed) the median daily change is %2 on a mean of %3 (Mann–Kendall tau %4, Sen's slope), about %5 over the period.</source>
        <translation>In den letzten %1 Tagen (Wochenrhythmus entfernt) beträgt die mediane tägliche Änderung %2 bei einem Mittel von %3 (Mann–Kendall tau %4, Sen-Steigung), etwa %5 über den Zeitraum.</translation>
    </message>
    <message>
        <source>Daily active users</source>
        <translation>Täglich aktive Nutzer</translation>
    </message>
    <message>
        <source>Events of %1</source>
        <translation>Ereignisse von %1</translation>
    </message>
    <message>
        <source>Find which channels and segments carry the rise (break it down by source or platform) and invest where it comes from.</source>
        <translation>Finden Sie heraus, welche Kanäle und Segmente den Anstieg tragen (nach Quelle oder Plattform aufgeschlüsselt), und investieren Sie dort, wo er herkommt.</translation>
    </message>
    <message>
        <source>Look for the segment losing the most (compare this period with the one before) and for releases that coincide with the start of the decline.</source>
        <translation>Suchen Sie das Segment mit den größten Verlusten (diesen Zeitraum mit dem vorigen vergleichen) und Releases, die mit dem Beginn des Rückgangs zusammenfallen.</translation>
    </message>
</context>
<context>
    <name>hc::predict::UserClustering</name>
    <message>
        <source>%1 users are too few for %2 clusters.</source>
        <translation>%1 Nutzer sind zu wenige für %2 Gruppen.</translation>
    </message>
    <message>
        <source>k is 2 to 50, and the range's low end is not above its high end.</source>
        <translation>k liegt zwischen 2 und 50, und das untere Ende des Bereichs liegt nicht über dem oberen.</translation>
    </message>
</context>
<context>
    <name>hc::predict::UserPrediction</name>
    <message>
        <source>Every training user has the same outcome (%1); there is nothing to learn.</source>
        <translation>Alle Trainingsnutzer haben dasselbe Ergebnis (%1); es gibt nichts zu lernen.</translation>
    </message>
    <message>
        <source>Only %1 users were active before the training cut-off; a model needs at least %2.</source>
        <translation>Nur %1 Nutzer waren vor dem Trainingsstichtag aktiv; ein Modell braucht mindestens %2.</translation>
    </message>
    <message>
        <source>Training needs events before the as-of date minus the horizon; pick a later --as-of or a shorter --horizon.</source>
        <translation>Das Training braucht Ereignisse vor dem Stichtag abzüglich des Horizonts; wählen Sie ein späteres --as-of oder einen kürzeren --horizon.</translation>
    </message>
</context>
<context>
    <name>hc::report::CsvWriter</name>
    <message>
        <source>Cannot write “%1”: %2. Nothing was written under that name.</source>
        <translation>„%1“ kann nicht geschrieben werden: %2. Unter diesem Namen wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>The export was not started or has stopped.</source>
        <translation>Der Export wurde nicht begonnen oder ist beendet.</translation>
    </message>
</context>
<context>
    <name>hc::report::ReportModel</name>
    <message>
        <source>%1 pp</source>
        <translation>%1 Pp.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Kohorte</translation>
    </message>
    <message>
        <source>Daily report</source>
        <translation>Tagesbericht</translation>
    </message>
    <message>
        <source>Data snapshot: %1 events through %2 (UTC); engine %3; insights run %4. The same workspace, period and engine give the same report.</source>
        <translation>Datenstand: %1 Ereignisse bis %2 (UTC); Engine %3; Erkenntnislauf %4. Derselbe Arbeitsbereich, derselbe Zeitraum und dieselbe Engine ergeben denselben Bericht.</translation>
    </message>
    <message>
        <source>Every event counts.</source>
        <translation>Jedes Ereignis zählt.</translation>
    </message>
    <message>
        <source>From previous</source>
        <translation>Vom vorigen Schritt</translation>
    </message>
    <message>
        <source>From start</source>
        <translation>Vom Start</translation>
    </message>
    <message>
        <source>Funnel: %1 — users entering %2 – %3, within 7 days</source>
        <translation>Funnel: %1 — Nutzer mit Einstieg %2 – %3, innerhalb von 7 Tagen</translation>
    </message>
    <message>
        <source>Funnel: a user converts when they do each step in order within 7 days of the first; conversion is counted once per user over the period. Retention: a cohort is the users whose first start event falls in a period; they are retained in a later period when they have any event in it; periods that have not ended are left blank.</source>
        <translation>Funnel: Ein Nutzer konvertiert, wenn er jeden Schritt der Reihe nach innerhalb von 7 Tagen nach dem ersten ausführt; die Konversion zählt einmal je Nutzer im Zeitraum. Retention: Eine Kohorte sind die Nutzer, deren erstes Startereignis in einen Zeitraum fällt; sie gelten in einem späteren Zeitraum als gehalten, wenn sie darin ein beliebiges Ereignis haben; noch nicht beendete Zeiträume bleiben leer.</translation>
    </message>
    <message>
        <source>Insights: anomalies are days more than 3 robust standard deviations from the same weekday of the previous weeks; trends are Mann–Kendall tests on the daily values less their weekday means; retention and experiment differences are two-proportion z-tests. All p-values of a run are corrected together (Benjamini–Hochberg, 5% false discovery rate); only findings that survive are called significant, the rest are worth watching. Correlation is not causation.</source>
        <translation>Erkenntnisse: Anomalien sind Tage, die mehr als 3 robuste Standardabweichungen vom selben Wochentag der Vorwochen abweichen; Trends sind Mann–Kendall-Tests der Tageswerte abzüglich ihrer Wochentagsmittel; Unterschiede bei Retention und Experimenten sind Zwei-Anteils-z-Tests. Alle p-Werte eines Laufs werden gemeinsam korrigiert (Benjamini–Hochberg, 5 % False Discovery Rate); nur Befunde, die das überstehen, heißen signifikant, die übrigen sind zu beobachten. Korrelation ist keine Kausalität.</translation>
    </message>
    <message>
        <source>Median time</source>
        <translation>Median-Zeit</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Monthly report</source>
        <translation>Monatsbericht</translation>
    </message>
    <message>
        <source>Only events where %1 count, in every section.</source>
        <translation>Nur Ereignisse, bei denen %1 gilt, zählen, in jedem Abschnitt.</translation>
    </message>
    <message>
        <source>Period: %1 to %2 in %3, compared with %4 to %5, the period of equal length before it.</source>
        <translation>Zeitraum: %1 bis %2 in %3, verglichen mit %4 bis %5, dem gleich langen Zeitraum davor.</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Voriger Zeitraum</translation>
    </message>
    <message>
        <source>Retention of %1 cohorts by day (any event counts as a return)</source>
        <translation>Retention der %1-Kohorten nach Tag (jedes Ereignis zählt als Rückkehr)</translation>
    </message>
    <message>
        <source>Retention of %1 cohorts by week (any event counts as a return)</source>
        <translation>Retention der %1-Kohorten nach Woche (jedes Ereignis zählt als Rückkehr)</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>There are no events to report on.</source>
        <translation>Es gibt keine Ereignisse für einen Bericht.</translation>
    </message>
    <message>
        <source>There is no report section “%1”; the sections are %2.</source>
        <translation>Es gibt keinen Berichtsabschnitt „%1“; die Abschnitte sind %2.</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>Dieser Zeitraum</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Nutzer</translation>
    </message>
    <message>
        <source>Users are distinct user ids with at least one event in the period; daily active users are averaged over its days, weekly and monthly active users are counted over the 7 and 30 days ending on its last day; stickiness is their ratio. Sessions end after 30 minutes without an event.</source>
        <translation>Nutzer sind eindeutige Nutzer-IDs mit mindestens einem Ereignis im Zeitraum; täglich aktive Nutzer werden über seine Tage gemittelt, wöchentlich und monatlich aktive Nutzer über die 7 und 30 Tage bis zu seinem letzten Tag gezählt; Stickiness ist ihr Verhältnis. Sitzungen enden nach 30 Minuten ohne Ereignis.</translation>
    </message>
    <message>
        <source>Weekly report</source>
        <translation>Wochenbericht</translation>
    </message>
</context>
<context>
    <name>hc::report::XlsxWriter</name>
    <message>
        <source>Cannot write “%1”: %2. Nothing was written under that name.</source>
        <translation>„%1“ kann nicht geschrieben werden: %2. Unter diesem Namen wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>The sheet name “%1” is not accepted.</source>
        <translation>Der Tabellenblattname „%1“ wird nicht akzeptiert.</translation>
    </message>
    <message>
        <source>the existing file cannot be replaced</source>
        <translation>die vorhandene Datei kann nicht ersetzt werden</translation>
    </message>
    <message>
        <source>the file cannot be created</source>
        <translation>die Datei kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>the file cannot be moved into place</source>
        <translation>die Datei kann nicht an ihren Platz verschoben werden</translation>
    </message>
    <message>
        <source>“%1” has %2 rows, more than an Excel sheet holds; export it as CSV.</source>
        <translation>„%1“ hat %2 Zeilen, mehr als ein Excel-Tabellenblatt fasst; exportieren Sie sie als CSV.</translation>
    </message>
</context>
<context>
    <name>hc::stats::AnomalyDetection</name>
    <message>
        <source>The series has %1 points; anomaly detection needs at least %2.</source>
        <translation>Die Reihe hat %1 Punkte; die Anomalieerkennung braucht mindestens %2.</translation>
    </message>
    <message>
        <source>The series is constant (every point is %1): nothing can stand out.</source>
        <translation>Die Reihe ist konstant (jeder Punkt ist %1): Nichts kann herausstechen.</translation>
    </message>
    <message>
        <source>The threshold must be above 0.</source>
        <translation>Der Schwellenwert muss größer als 0 sein.</translation>
    </message>
</context>
<context>
    <name>hc::stats::Correlation</name>
    <message>
        <source>A correlation needs at least 3 pairs; lag %1 leaves %2.</source>
        <translation>Eine Korrelation braucht mindestens 3 Paare; Verzögerung %1 lässt %2.</translation>
    </message>
    <message>
        <source>One of the series is constant over the compared days.</source>
        <translation>Eine der Reihen ist über die verglichenen Tage konstant.</translation>
    </message>
</context>
<context>
    <name>hc::stats::ExperimentComparison</name>
    <message>
        <source>An experiment needs at least two variants with exposed users; found %1.</source>
        <translation>Ein Experiment braucht mindestens zwei Varianten mit exponierten Nutzern; gefunden: %1.</translation>
    </message>
    <message>
        <source>The control “%1” has no exposed users.</source>
        <translation>Die Kontrollgruppe „%1“ hat keine exponierten Nutzer.</translation>
    </message>
</context>
<context>
    <name>hc::stats::HoltWinters</name>
    <message>
        <source>Holt-Winters needs at least two seasons and two more points.</source>
        <translation>Holt-Winters braucht mindestens zwei Saisons und zwei weitere Punkte.</translation>
    </message>
    <message>
        <source>The horizon is 1 to 1,000 periods.</source>
        <translation>Der Horizont umfasst 1 bis 1.000 Perioden.</translation>
    </message>
    <message>
        <source>The series has %1 points; a forecast %2 periods ahead with its backtest needs at least %3.</source>
        <translation>Die Reihe hat %1 Punkte; eine Prognose über %2 Perioden mit Rückvergleich braucht mindestens %3.</translation>
    </message>
    <message>
        <source>The series is constant (every point is %1).</source>
        <translation>Die Reihe ist konstant (jeder Punkt ist %1).</translation>
    </message>
</context>
<context>
    <name>hc::stats::SeriesFile</name>
    <message>
        <source>%1:%2: expected two columns, time and value</source>
        <translation>%1:%2: zwei Spalten erwartet, Zeit und Wert</translation>
    </message>
    <message>
        <source>%1:%2: times must rise from row to row</source>
        <translation>%1:%2: Zeiten müssen von Zeile zu Zeile steigen</translation>
    </message>
    <message>
        <source>%1:%2: “%3” is neither YYYY-MM-DD nor ISO 8601</source>
        <translation>%1:%2: „%3“ ist weder JJJJ-MM-TT noch ISO 8601</translation>
    </message>
    <message>
        <source>%1:%2: “%3” is not a number</source>
        <translation>%1:%2: „%3“ ist keine Zahl</translation>
    </message>
    <message>
        <source>Cannot read the series “%1”: %2</source>
        <translation>Die Reihe „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The series “%1” has no rows after its header.</source>
        <translation>Die Reihe „%1“ hat nach der Kopfzeile keine Zeilen.</translation>
    </message>
</context>
<context>
    <name>hc::stats::TrendTest</name>
    <message>
        <source>The series has %1 points; the Mann-Kendall test needs at least 4.</source>
        <translation>Die Reihe hat %1 Punkte; der Mann-Kendall-Test braucht mindestens 4.</translation>
    </message>
    <message>
        <source>The series is constant (every point is %1): it has no trend.</source>
        <translation>Die Reihe ist konstant (jeder Punkt ist %1): Sie hat keinen Trend.</translation>
    </message>
</context>
<context>
    <name>hc::store::CohortStore</name>
    <message>
        <source>Deleting the cohort</source>
        <translation>Löschen der Kohorte</translation>
    </message>
    <message>
        <source>Reading the cohorts</source>
        <translation>Lesen der Kohorten</translation>
    </message>
    <message>
        <source>Saving the cohort</source>
        <translation>Speichern der Kohorte</translation>
    </message>
    <message>
        <source>There is no cohort named “%1” in this workspace.</source>
        <translation>In diesem Arbeitsbereich gibt es keine Kohorte namens „%1“.</translation>
    </message>
</context>
<context>
    <name>hc::store::InsightStore</name>
    <message>
        <source>No insight run “%1” in this workspace.</source>
        <translation>Kein Erkenntnislauf „%1“ in diesem Arbeitsbereich.</translation>
    </message>
    <message>
        <source>Reading the insight run</source>
        <translation>Lesen des Erkenntnislaufs</translation>
    </message>
    <message>
        <source>Reading the insight runs</source>
        <translation>Lesen der Erkenntnisläufe</translation>
    </message>
    <message>
        <source>Reading the insight statuses</source>
        <translation>Lesen der Erkenntnis-Status</translation>
    </message>
    <message>
        <source>Saving the insight run</source>
        <translation>Speichern des Erkenntnislaufs</translation>
    </message>
    <message>
        <source>Saving the insight status</source>
        <translation>Speichern des Erkenntnis-Status</translation>
    </message>
</context>
<context>
    <name>hc::store::UserEraser</name>
    <message>
        <source>Forgetting the user failed in “%1”: %2</source>
        <translation>Das Vergessen des Nutzers ist in „%1“ fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>No user “%1” in this workspace.</source>
        <translation>Kein Nutzer „%1“ in diesem Arbeitsbereich.</translation>
    </message>
    <message>
        <source>removed %1 events, %2 profiles and %3 quarantined lines of one user</source>
        <translation>%1 Ereignisse, %2 Profile und %3 Quarantänezeilen eines Nutzers entfernt</translation>
    </message>
</context>
<context>
    <name>hc::store::Workspace</name>
    <message>
        <source>%1 failed in “%2”: %3</source>
        <translation>%1 ist in „%2“ fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Database error in “%1”: %2</source>
        <translation>Datenbankfehler in „%1“: %2</translation>
    </message>
    <message>
        <source>The Qt SQLite driver did not hand out a connection handle.</source>
        <translation>Der SQLite-Treiber von Qt hat kein Verbindungshandle geliefert.</translation>
    </message>
    <message>
        <source>The disk holding “%1” is full: the change in progress was rolled back and everything saved before it is intact. Free some space and run it again.</source>
        <translation>Der Datenträger mit „%1“ ist voll: Die laufende Änderung wurde zurückgenommen, alles zuvor Gespeicherte ist unversehrt. Geben Sie Speicherplatz frei und starten Sie den Vorgang erneut.</translation>
    </message>
    <message>
        <source>The note “%1” of %2 is no longer there.</source>
        <translation>Die Notiz „%1“ vom %2 gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>it belongs to another application</source>
        <translation>sie gehört zu einer anderen Anwendung</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>es ist ein Ordner</translation>
    </message>
    <message>
        <source>it is an SQLite database of another application</source>
        <translation>es ist eine SQLite-Datenbank einer anderen Anwendung</translation>
    </message>
    <message>
        <source>not an SQLite database</source>
        <translation>keine SQLite-Datenbank</translation>
    </message>
    <message>
        <source>“%1” does not exist. Check the path, or create a workspace with `demo` or `import`.</source>
        <translation>„%1“ existiert nicht. Prüfen Sie den Pfad oder erstellen Sie einen Arbeitsbereich mit `demo` oder `import`.</translation>
    </message>
    <message>
        <source>“%1” is damaged and cannot be read (%2). It was not changed; restore it from a backup or sync into a new workspace.</source>
        <translation>„%1“ ist beschädigt und kann nicht gelesen werden (%2). Die Datei wurde nicht verändert; stellen Sie sie aus einer Sicherung wieder her oder synchronisieren Sie in einen neuen Arbeitsbereich.</translation>
    </message>
    <message>
        <source>“%1” is not a HitCraft workspace (%2). Open a workspace file made by HitCraft, or create a new one with File &gt; New.</source>
        <translation>„%1“ ist kein HitCraft-Arbeitsbereich (%2). Öffnen Sie eine von HitCraft erstellte Arbeitsbereichsdatei oder legen Sie mit Datei &gt; Neu einen neuen an.</translation>
    </message>
    <message>
        <source>“%1” is read-only (the file or its folder cannot be written), so nothing was changed. Make it writable, or copy it to a folder you can write to.</source>
        <translation>„%1“ ist schreibgeschützt (die Datei oder ihr Ordner kann nicht beschrieben werden), daher wurde nichts geändert. Machen Sie sie beschreibbar oder kopieren Sie sie in einen beschreibbaren Ordner.</translation>
    </message>
    <message>
        <source>“%1” was written by a newer HitCraft (workspace version %2; this build reads up to version %3). Update HitCraft to open it; the file was left unchanged.</source>
        <translation>„%1“ wurde von einem neueren HitCraft geschrieben (Arbeitsbereichsversion %2; diese Version liest bis Version %3). Aktualisieren Sie HitCraft, um die Datei zu öffnen; sie wurde nicht verändert.</translation>
    </message>
</context>
<context>
    <name>hc::store::WorkspaceBackup</name>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Cannot write the backup “%1”: %2</source>
        <translation>Die Sicherung „%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Restoring the backup</source>
        <translation>Das Wiederherstellen der Sicherung</translation>
    </message>
    <message>
        <source>The backup</source>
        <translation>Die Sicherung</translation>
    </message>
    <message>
        <source>The backup failed: %1</source>
        <translation>Die Sicherung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The backup must go to another file than the workspace.</source>
        <translation>Die Sicherung muss in eine andere Datei als den Arbeitsbereich gehen.</translation>
    </message>
    <message>
        <source>There is no backup “%1”.</source>
        <translation>Es gibt keine Sicherung „%1“.</translation>
    </message>
</context>
<context>
    <name>hc::store::WorkspaceSummary</name>
    <message>
        <source>Reading the workspace failed: %1</source>
        <translation>Lesen des Arbeitsbereichs fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>hc::sync::HttpLinesSource</name>
    <message>
        <source>The source</source>
        <translation>Die Quelle</translation>
    </message>
    <message>
        <source>The source refused the credentials (HTTP 401: %1). Check the token.</source>
        <translation>Die Quelle hat die Zugangsdaten abgelehnt (HTTP 401: %1). Prüfen Sie das Token.</translation>
    </message>
</context>
<context>
    <name>hc::sync::MixpanelExportSource</name>
    <message>
        <source>Mixpanel refused the credentials (HTTP 401: %1). Check the service account's username and secret and the project id.</source>
        <translation>Mixpanel hat die Zugangsdaten abgelehnt (HTTP 401: %1). Prüfen Sie Benutzername und Geheimnis des Dienstkontos sowie die Projekt-ID.</translation>
    </message>
</context>
<context>
    <name>hc::sync::SyncEngine</name>
    <message>
        <source>%1 (attempt %2 of %3); trying again</source>
        <translation>%1 (Versuch %2 von %3); neuer Versuch</translation>
    </message>
    <message>
        <source>%1 ended the export of %2 early</source>
        <translation>%1 hat den Export von %2 vorzeitig beendet</translation>
    </message>
    <message>
        <source>%1 had a server error (HTTP %2)</source>
        <translation>%1 hatte einen Serverfehler (HTTP %2)</translation>
    </message>
    <message>
        <source>%1 line %2</source>
        <translation>%1 Zeile %2</translation>
    </message>
    <message>
        <source>%1 rejected the request for %2: %3</source>
        <translation>%1 hat die Anfrage für %2 abgelehnt: %3</translation>
    </message>
    <message>
        <source>%1's rate limit was reached (HTTP 429)</source>
        <translation>Das Anfragelimit von %1 ist erreicht (HTTP 429)</translation>
    </message>
    <message>
        <source>Fetching profiles failed (%1); the events are saved.</source>
        <translation>Das Abrufen der Profile ist fehlgeschlagen (%1); die Ereignisse sind gespeichert.</translation>
    </message>
    <message>
        <source>Mixpanel answered the probe with HTTP %1: %2</source>
        <translation>Mixpanel hat die Probeanfrage mit HTTP %1 beantwortet: %2</translation>
    </message>
    <message>
        <source>Mixpanel asks for payment before exporting (HTTP 402).</source>
        <translation>Mixpanel verlangt vor dem Export eine Zahlung (HTTP 402).</translation>
    </message>
    <message>
        <source>Sync cancelled; %1 days were saved. Run the sync again to continue where it stopped.</source>
        <translation>Synchronisierung abgebrochen; %1 Tage wurden gespeichert. Starten Sie die Synchronisierung erneut, um dort fortzufahren.</translation>
    </message>
    <message>
        <source>The service account may not export this project (HTTP 403). Give it access to the project and its classified data.</source>
        <translation>Das Dienstkonto darf dieses Projekt nicht exportieren (HTTP 403). Geben Sie ihm Zugriff auf das Projekt und seine klassifizierten Daten.</translation>
    </message>
    <message>
        <source>no usable CSV header: %1</source>
        <translation>keine brauchbare CSV-Kopfzeile: %1</translation>
    </message>
    <message>
        <source>profiles page %1</source>
        <translation>Profilseite %1</translation>
    </message>
    <message>
        <source>the connection failed (%1)</source>
        <translation>die Verbindung ist fehlgeschlagen (%1)</translation>
    </message>
    <message>
        <source>the response for %1 ended early (incomplete gzip data)</source>
        <translation>die Antwort für %1 endete vorzeitig (unvollständige gzip-Daten)</translation>
    </message>
    <message>
        <source>unexpected HTTP status %1</source>
        <translation>unerwarteter HTTP-Status %1</translation>
    </message>
</context>
<context>
    <name>hc::ui::AboutDialog</name>
    <message>
        <source>&lt;h3&gt;HitCraft Analytics Workbench %1&lt;/h3&gt;&lt;p&gt;Offline product analytics for Mixpanel data.&lt;/p&gt;&lt;p&gt;Qt %2 (built with %3) · SQLite %4 · Eigen %5.%6.%7&lt;/p&gt;&lt;p&gt;Secrets live in the system keychain, never in the workspace.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;HitCraft Analytics Workbench %1&lt;/h3&gt;&lt;p&gt;Produktanalyse für Mixpanel-Daten, offline.&lt;/p&gt;&lt;p&gt;Qt %2 (gebaut mit %3) · SQLite %4 · Eigen %5.%6.%7&lt;/p&gt;&lt;p&gt;Geheimnisse liegen im Schlüsselbund des Systems, nie im Arbeitsbereich.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About HitCraft</source>
        <translation>Über HitCraft</translation>
    </message>
</context>
<context>
    <name>hc::ui::AnalysisView</name>
    <message>
        <source>Computing</source>
        <translation>Wird berechnet</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>No events in this range — widen the range, clear the filter or sync.</source>
        <translation>Keine Ereignisse in diesem Zeitraum — erweitern Sie den Zeitraum, leeren Sie den Filter oder synchronisieren Sie.</translation>
    </message>
    <message>
        <source>Open a workspace to see this view.</source>
        <translation>Öffnen Sie einen Arbeitsbereich, um diese Ansicht zu sehen.</translation>
    </message>
</context>
<context>
    <name>hc::ui::BreakdownSource</name>
    <message>
        <source>In cohort %1 or not</source>
        <translation>In Kohorte %1 oder nicht</translation>
    </message>
    <message>
        <source>The workspace's events are not loaded.</source>
        <translation>Die Ereignisse des Arbeitsbereichs sind nicht geladen.</translation>
    </message>
</context>
<context>
    <name>hc::ui::ChartSupport</name>
    <message>
        <source>Show Data as Table</source>
        <translation>Daten als Tabelle zeigen</translation>
    </message>
</context>
<context>
    <name>hc::ui::CohortsDialog</name>
    <message>
        <source> times or more</source>
        <translation>-mal oder öfter</translation>
    </message>
    <message numerus="yes">
        <source>%n cohort(s).</source>
        <translation><numerusform>%n Kohorte.</numerusform><numerusform>%n Kohorten.</numerusform></translation>
    </message>
    <message>
        <source>&amp;At least:</source>
        <translation>&amp;Mindestens:</translation>
    </message>
    <message>
        <source>&amp;Between:</source>
        <translation>&amp;Zwischen:</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;Did:</source>
        <translation>&amp;Ereignis:</translation>
    </message>
    <message>
        <source>&amp;Export Users…</source>
        <translation>Nutzer &amp;exportieren …</translation>
    </message>
    <message>
        <source>&amp;Filter Every View by It</source>
        <translation>Alle Ansichten danach &amp;filtern</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Save Cohort</source>
        <translation>Kohorte &amp;speichern</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Kohorte</translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation>Kohorten</translation>
    </message>
    <message>
        <source>Cohorts are kept in the workspace by their rule and recomputed from the events each time they are used. Cohorts saved from a funnel step appear here too.</source>
        <translation>Kohorten werden mit ihrer Regel im Arbeitsbereich gespeichert und bei jeder Verwendung aus den Ereignissen neu berechnet. Aus einem Funnel-Schritt gespeicherte Kohorten erscheinen ebenfalls hier.</translation>
    </message>
    <message>
        <source>Counting users…</source>
        <translation>Nutzer werden gezählt …</translation>
    </message>
    <message>
        <source>Delete Cohort</source>
        <translation>Kohorte löschen</translation>
    </message>
    <message>
        <source>Delete the cohort “%1”? Its users and events stay.</source>
        <translation>Die Kohorte „%1“ löschen? Ihre Nutzer und Ereignisse bleiben erhalten.</translation>
    </message>
    <message>
        <source>Export Cohort Users</source>
        <translation>Nutzer der Kohorte exportieren</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <source>Give the cohort a name and an event.</source>
        <translation>Geben Sie der Kohorte einen Namen und ein Ereignis.</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <source>New cohort: users who did an event</source>
        <translation>Neue Kohorte: Nutzer, die ein Ereignis ausgeführt haben</translation>
    </message>
    <message>
        <source>No cohorts yet: define one below, or save a funnel step's users from the funnel table's context menu.</source>
        <translation>Noch keine Kohorten: Legen Sie unten eine an oder speichern Sie die Nutzer eines Funnel-Schritts über das Kontextmenü der Funnel-Tabelle.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Saving “%1”…</source>
        <translation>„%1“ wird gespeichert …</translation>
    </message>
    <message>
        <source>The range ends before it starts.</source>
        <translation>Der Zeitraum endet, bevor er beginnt.</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Nutzer</translation>
    </message>
    <message>
        <source>W&amp;here:</source>
        <translation>&amp;Wobei:</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 wird geschrieben …</translation>
    </message>
    <message>
        <source>Wrote %1 users to %2.</source>
        <translation>%1 Nutzer nach %2 geschrieben.</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>for example Power reporters</source>
        <translation>zum Beispiel Intensive Berichtsnutzer</translation>
    </message>
    <message>
        <source>optional: plan=pro; country=DE</source>
        <translation>optional: plan=pro; country=DE</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
</context>
<context>
    <name>hc::ui::CommandPalette</name>
    <message>
        <source>Cohort: filter every view</source>
        <translation>Kohorte: alle Ansichten filtern</translation>
    </message>
    <message>
        <source>Go to…</source>
        <translation>Gehe zu …</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <source>Saved view</source>
        <translation>Gespeicherte Ansicht</translation>
    </message>
    <message>
        <source>Search views, commands, saved views and cohorts</source>
        <translation>Ansichten, Befehle, gespeicherte Ansichten und Kohorten durchsuchen</translation>
    </message>
    <message>
        <source>Type a view, a command, a saved view or a cohort…</source>
        <translation>Ansicht, Befehl, gespeicherte Ansicht oder Kohorte eingeben …</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Ansicht</translation>
    </message>
</context>
<context>
    <name>hc::ui::CredentialStore</name>
    <message>
        <source>No keychain service is available (%1). The secret is kept in memory until HitCraft closes and will be asked for again next time.</source>
        <translation>Kein Schlüsselbunddienst verfügbar (%1). Das Geheimnis bleibt bis zum Beenden von HitCraft im Speicher und wird beim nächsten Mal erneut abgefragt.</translation>
    </message>
</context>
<context>
    <name>hc::ui::EventsExplorerView</name>
    <message>
        <source>%1 events</source>
        <translation>%1 Ereignisse</translation>
    </message>
    <message>
        <source>%1 users: %2</source>
        <translation>%1 Nutzer: %2</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>Alle Ereignisse</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cohort name:</source>
        <translation>Name der Kohorte:</translation>
    </message>
    <message>
        <source>E&amp;xport all…</source>
        <translation>Alle e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Event name filter</source>
        <translation>Filter nach Ereignisname</translation>
    </message>
    <message>
        <source>Event properties</source>
        <translation>Ereigniseigenschaften</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Every matching event of the range as CSV (time, user, event), not only the listed ones</source>
        <translation>Jedes passende Ereignis des Zeitraums als CSV (Zeit, Nutzer, Ereignis), nicht nur die gelisteten</translation>
    </message>
    <message>
        <source>Export all matching events</source>
        <translation>Alle passenden Ereignisse exportieren</translation>
    </message>
    <message>
        <source>Exported %1 events to %2</source>
        <translation>%1 Ereignisse nach %2 exportiert</translation>
    </message>
    <message>
        <source>Exporting events…</source>
        <translation>Ereignisse werden exportiert…</translation>
    </message>
    <message>
        <source>Finding the users…</source>
        <translation>Nutzer werden gesucht …</translation>
    </message>
    <message>
        <source>Newest %1 of %2 events — narrow the range or filter to see the rest</source>
        <translation>Die neuesten %1 von %2 Ereignissen — grenzen Sie Zeitraum oder Filter ein, um den Rest zu sehen</translation>
    </message>
    <message>
        <source>One user: %1</source>
        <translation>Ein Nutzer: %1</translation>
    </message>
    <message>
        <source>Save as &amp;Cohort…</source>
        <translation>Als &amp;Kohorte speichern …</translation>
    </message>
    <message>
        <source>Save as Cohort</source>
        <translation>Als Kohorte speichern</translation>
    </message>
    <message>
        <source>Select an event to see its properties.</source>
        <translation>Wählen Sie ein Ereignis, um seine Eigenschaften zu sehen.</translation>
    </message>
    <message>
        <source>Show &amp;Everyone</source>
        <translation>&amp;Alle zeigen</translation>
    </message>
    <message>
        <source>Show This User's Timeline</source>
        <translation>Zeitachse dieses Nutzers zeigen</translation>
    </message>
    <message>
        <source>This event is no longer in the workspace (it changed since the data was loaded).</source>
        <translation>Dieses Ereignis ist nicht mehr im Arbeitsbereich (er hat sich seit dem Laden der Daten geändert).</translation>
    </message>
    <message>
        <source>User filter</source>
        <translation>Nutzerfilter</translation>
    </message>
    <message>
        <source>User id contains…</source>
        <translation>Nutzer-ID enthält…</translation>
    </message>
    <message>
        <source>event: %1
distinct_id: %2
$insert_id: %3

%4</source>
        <translation>Ereignis: %1
distinct_id: %2
$insert_id: %3

%4</translation>
    </message>
    <message>
        <source>the timeline of %1</source>
        <translation>Zeitachse von %1</translation>
    </message>
</context>
<context>
    <name>hc::ui::EventsTableModel</name>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Time (%1)</source>
        <translation>Zeit (%1)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Nutzer</translation>
    </message>
</context>
<context>
    <name>hc::ui::EvidenceChart</name>
    <message>
        <source>%1 (%)</source>
        <translation>%1 (%)</translation>
    </message>
    <message>
        <source>%1 — %2 (n = %3)</source>
        <translation>%1 — %2 (n = %3)</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <source>Contribution to the change</source>
        <translation>Beitrag zur Änderung</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>Beobachtet</translation>
    </message>
    <message>
        <source>Per day</source>
        <translation>Pro Tag</translation>
    </message>
    <message>
        <source>The series behind it</source>
        <translation>Die zugrunde liegende Reihe</translation>
    </message>
    <message>
        <source>This finding</source>
        <translation>Dieser Befund</translation>
    </message>
    <message>
        <source>Usual range</source>
        <translation>Üblicher Bereich</translation>
    </message>
    <message>
        <source>What moved, by %1 (total change %2)</source>
        <translation>Was sich bewegte, nach %1 (Gesamtänderung %2)</translation>
    </message>
</context>
<context>
    <name>hc::ui::ExperimentModel</name>
    <message>
        <source>%1 (control)</source>
        <translation>%1 (Kontrolle)</translation>
    </message>
    <message>
        <source>%1 pp</source>
        <translation>%1 Pp.</translation>
    </message>
    <message>
        <source>%1 pp (%2 to %3)</source>
        <translation>%1 Pp. (%2 bis %3)</translation>
    </message>
    <message>
        <source>&lt; 0.001</source>
        <translation>&lt; 0,001</translation>
    </message>
    <message>
        <source>&lt; 0.001 pp</source>
        <translation>&lt; 0,001 Pp.</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Konversion</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>Konvertiert</translation>
    </message>
    <message>
        <source>Difference (95% CI)</source>
        <translation>Differenz (95-%-KI)</translation>
    </message>
    <message>
        <source>Expected loss</source>
        <translation>Erwarteter Verlust</translation>
    </message>
    <message>
        <source>Exposed users</source>
        <translation>Exponierte Nutzer</translation>
    </message>
    <message>
        <source>Lift</source>
        <translation>Lift</translation>
    </message>
    <message>
        <source>P(beats control)</source>
        <translation>P(schlägt Kontrolle)</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Variante</translation>
    </message>
    <message>
        <source>p-value</source>
        <translation>p-Wert</translation>
    </message>
</context>
<context>
    <name>hc::ui::ExperimentsView</name>
    <message>
        <source>%1 has a single value in this range; an experiment needs two.</source>
        <translation>%1 hat in diesem Zeitraum nur einen Wert; ein Experiment braucht zwei.</translation>
    </message>
    <message>
        <source>%1 vs %2: %3 in conversion (%4), %5; %6 probability to beat the control.</source>
        <translation>%1 gegenüber %2: %3 Konversion (%4), %5; Wahrscheinlichkeit, die Kontrolle zu schlagen: %6.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln users saw more than one variant; each counts under the first.</source>
        <translation><numerusform>%Ln Nutzer sah mehr als eine Variante und zählt unter der ersten.</numerusform><numerusform>%Ln Nutzer sahen mehr als eine Variante; jeder zählt unter der ersten.</numerusform></translation>
    </message>
    <message>
        <source>&amp;Variants of</source>
        <translation>&amp;Varianten von</translation>
    </message>
    <message>
        <source>&amp;goal</source>
        <translation>&amp;Ziel</translation>
    </message>
    <message>
        <source>Any event with the property</source>
        <translation>Jedes Ereignis mit der Eigenschaft</translation>
    </message>
    <message>
        <source>Conversion (%)</source>
        <translation>Konversion (%)</translation>
    </message>
    <message>
        <source>Conversion by variant</source>
        <translation>Konversion nach Variante</translation>
    </message>
    <message>
        <source>Conversion to %1 by %2</source>
        <translation>Konversion zu %1 nach %2</translation>
    </message>
    <message>
        <source>Experiment comparison table</source>
        <translation>Vergleichstabelle des Experiments</translation>
    </message>
    <message>
        <source>Exposed users who reached the goal (%)</source>
        <translation>Exponierte Nutzer, die das Ziel erreichten (%)</translation>
    </message>
    <message>
        <source>Exposure event</source>
        <translation>Expositionsereignis</translation>
    </message>
    <message>
        <source>Goal event</source>
        <translation>Zielereignis</translation>
    </message>
    <message>
        <source>No events with properties in this workspace yet — import or sync events first.</source>
        <translation>Noch keine Ereignisse mit Eigenschaften in diesem Arbeitsbereich – zuerst Ereignisse importieren oder synchronisieren.</translation>
    </message>
    <message>
        <source>Nobody in this range has an event with %1.</source>
        <translation>In diesem Zeitraum hat niemand ein Ereignis mit %1.</translation>
    </message>
    <message>
        <source>Sample-ratio mismatch: the variants' sizes are unlikely under an even split (χ² = %1, p = %2). Check the assignment before trusting the results.</source>
        <translation>Sample-Ratio-Mismatch: Die Größen der Varianten sind bei gleichmäßiger Aufteilung unwahrscheinlich (χ² = %1, p = %2). Prüfen Sie die Zuteilung, bevor Sie den Ergebnissen trauen.</translation>
    </message>
    <message>
        <source>Variant property</source>
        <translation>Varianten-Eigenschaft</translation>
    </message>
    <message numerus="yes">
        <source>With %Ln exposed users the test detects a lift of %1 or more (80% power, α = 0.05).</source>
        <translation><numerusform>Mit %Ln exponierten Nutzer erkennt der Test einen Lift ab %1 (80 % Power, α = 0,05).</numerusform><numerusform>Mit %Ln exponierten Nutzern erkennt der Test einen Lift ab %1 (80 % Power, α = 0,05).</numerusform></translation>
    </message>
    <message>
        <source>e&amp;xposed by</source>
        <translation>e&amp;xponiert durch</translation>
    </message>
    <message>
        <source>no significant difference</source>
        <translation>kein signifikanter Unterschied</translation>
    </message>
    <message>
        <source>p &lt; 0.001</source>
        <translation>p &lt; 0,001</translation>
    </message>
    <message>
        <source>p = %1</source>
        <translation>p = %1</translation>
    </message>
    <message>
        <source>significantly better</source>
        <translation>signifikant besser</translation>
    </message>
    <message>
        <source>significantly worse</source>
        <translation>signifikant schlechter</translation>
    </message>
</context>
<context>
    <name>hc::ui::FilterChipField</name>
    <message>
        <source>Add a condition…</source>
        <translation>Bedingung hinzufügen …</translation>
    </message>
    <message>
        <source>Edit condition %1</source>
        <translation>Bedingung %1 bearbeiten</translation>
    </message>
    <message>
        <source>Edit this condition</source>
        <translation>Diese Bedingung bearbeiten</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Filter "%1": %2</source>
        <translation>Filter „%1“: %2</translation>
    </message>
    <message>
        <source>Filter: country=DE; plan=pro|team; revenue&gt;10</source>
        <translation>Filter, z. B. country=DE</translation>
    </message>
    <message>
        <source>Remove condition %1</source>
        <translation>Bedingung %1 entfernen</translation>
    </message>
    <message>
        <source>Remove this condition</source>
        <translation>Diese Bedingung entfernen</translation>
    </message>
</context>
<context>
    <name>hc::ui::ForgetUserDialog</name>
    <message>
        <source>Forget a User</source>
        <translation>Nutzer vergessen</translation>
    </message>
    <message>
        <source>Remove every event, the profile and the quarantined lines of the user with this distinct_id:</source>
        <translation>Alle Ereignisse, das Profil und die Quarantänezeilen des Nutzers mit dieser distinct_id entfernen:</translation>
    </message>
    <message>
        <source>Remove “%1” from this workspace for good? A sync over the same days may bring the user back unless they are deleted at the source too.</source>
        <translation>„%1“ endgültig aus diesem Arbeitsbereich entfernen? Eine Synchronisierung derselben Tage kann den Nutzer zurückbringen, wenn er nicht auch an der Quelle gelöscht wird.</translation>
    </message>
</context>
<context>
    <name>hc::ui::FunnelView</name>
    <message>
        <source>
The conversion window is still open: this may rise</source>
        <translation>
Das Konversionsfenster ist noch offen: der Wert kann noch steigen</translation>
    </message>
    <message>
        <source>%1 users did step %2 and not %3 (%4 drop-off)
Click to see their events</source>
        <translation>%1 Nutzer haben Schritt %2 ausgeführt, aber nicht %3 (%4 Abbruch)
Klicken zeigt ihre Ereignisse</translation>
    </message>
    <message>
        <source>%1 users reached step %2, %3 (%4 of those who started)
Click to see their events</source>
        <translation>%1 Nutzer haben Schritt %2 erreicht, %3 (%4 der Gestarteten)
Klicken zeigt ihre Ereignisse</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <source>15–60 min</source>
        <translation>15–60 min</translation>
    </message>
    <message>
        <source>1–3 days</source>
        <translation>1–3 Tage</translation>
    </message>
    <message>
        <source>1–5 min</source>
        <translation>1–5 min</translation>
    </message>
    <message>
        <source>1–6 h</source>
        <translation>1–6 h</translation>
    </message>
    <message>
        <source>3–7 days</source>
        <translation>3–7 Tage</translation>
    </message>
    <message>
        <source>5–15 min</source>
        <translation>5–15 min</translation>
    </message>
    <message>
        <source>6–24 h</source>
        <translation>6–24 h</translation>
    </message>
    <message>
        <source>&lt; 1 min</source>
        <translation>&lt; 1 min</translation>
    </message>
    <message>
        <source>&gt; 7 days</source>
        <translation>&gt; 7 Tage</translation>
    </message>
    <message>
        <source>Add at least two steps to see a funnel.</source>
        <translation>Fügen Sie mindestens zwei Schritte hinzu, um einen Trichter zu sehen.</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Schritt hinzufügen</translation>
    </message>
    <message>
        <source>Any order</source>
        <translation>Beliebige Reihenfolge</translation>
    </message>
    <message>
        <source>Attempt counted</source>
        <translation>Gezählter Versuch</translation>
    </message>
    <message>
        <source>Best attempt</source>
        <translation>Bester Versuch</translation>
    </message>
    <message>
        <source>Breakdown</source>
        <translation>Aufschlüsselung</translation>
    </message>
    <message>
        <source>Breakdown value from</source>
        <translation>Aufteilungswert aus</translation>
    </message>
    <message>
        <source>Cohort name:</source>
        <translation>Name der Kohorte:</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Konversion</translation>
    </message>
    <message>
        <source>Conversion (window still open)</source>
        <translation>Konversion (Fenster noch offen)</translation>
    </message>
    <message>
        <source>Conversion by step</source>
        <translation>Konversion je Schritt</translation>
    </message>
    <message>
        <source>Conversion over time (by entry day)</source>
        <translation>Konversion im Zeitverlauf (nach Eintrittstag)</translation>
    </message>
    <message>
        <source>Conversion over time is drawn when counting unique users</source>
        <translation>Konversion im Zeitverlauf wird beim Zählen eindeutiger Nutzer gezeichnet</translation>
    </message>
    <message>
        <source>Conversion window</source>
        <translation>Konversionsfenster</translation>
    </message>
    <message>
        <source>Conversions</source>
        <translation>Konversionen</translation>
    </message>
    <message>
        <source>Converted (%)</source>
        <translation>Konvertiert (%)</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Zählen</translation>
    </message>
    <message>
        <source>Drop-off</source>
        <translation>Abbruch</translation>
    </message>
    <message>
        <source>Dropped off</source>
        <translation>Abgesprungen</translation>
    </message>
    <message>
        <source>Dropped off at %1</source>
        <translation>Bei %1 abgesprungen</translation>
    </message>
    <message>
        <source>EVENT:A:B drops attempts with EVENT between steps A and B; several separated by ';'. Press Enter to apply.</source>
        <translation>EREIGNIS:A:B verwirft Versuche mit EREIGNIS zwischen den Schritten A und B; mehrere durch „;“ getrennt. Eingabetaste wendet an.</translation>
    </message>
    <message>
        <source>Entered %1: %2 of %3 converted (%4)</source>
        <translation>Eingestiegen am %1: %2 von %3 konvertiert (%4)</translation>
    </message>
    <message>
        <source>Entry day</source>
        <translation>Eintrittstag</translation>
    </message>
    <message>
        <source>Entry day · dotted: conversion window still open</source>
        <translation>Einstiegstag · gepunktet: Konversionsfenster noch offen</translation>
    </message>
    <message>
        <source>Event to add as a step</source>
        <translation>Ereignis, das als Schritt hinzugefügt wird</translation>
    </message>
    <message>
        <source>Every value seen</source>
        <translation>Jeder gesehene Wert</translation>
    </message>
    <message>
        <source>Exclude</source>
        <translation>Ausschließen</translation>
    </message>
    <message>
        <source>Exclusion step</source>
        <translation>Ausschlussschritt</translation>
    </message>
    <message>
        <source>First attempt</source>
        <translation>Erster Versuch</translation>
    </message>
    <message>
        <source>First touch</source>
        <translation>Erster Kontakt</translation>
    </message>
    <message>
        <source>From previous</source>
        <translation>Vom vorigen Schritt</translation>
    </message>
    <message>
        <source>From start</source>
        <translation>Vom Start</translation>
    </message>
    <message>
        <source>Funnel steps</source>
        <translation>Trichterschritte</translation>
    </message>
    <message>
        <source>Funnel steps table</source>
        <translation>Tabelle der Trichterschritte</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Festhalten</translation>
    </message>
    <message>
        <source>Hold property constant</source>
        <translation>Eigenschaft konstant halten</translation>
    </message>
    <message>
        <source>In order</source>
        <translation>In Reihenfolge</translation>
    </message>
    <message>
        <source>Last touch</source>
        <translation>Letzter Kontakt</translation>
    </message>
    <message>
        <source>Median time</source>
        <translation>Mediane Zeit</translation>
    </message>
    <message>
        <source>More exclusions</source>
        <translation>Weitere Ausschlüsse</translation>
    </message>
    <message>
        <source>More exclusions: logout:1:3; cancel:2:3</source>
        <translation>Weitere Ausschlüsse: logout:1:3; cancel:2:3</translation>
    </message>
    <message>
        <source>Move step earlier</source>
        <translation>Schritt nach vorn</translation>
    </message>
    <message>
        <source>Move step later</source>
        <translation>Schritt nach hinten</translation>
    </message>
    <message>
        <source>N:CONDITION holds only on step N; several separated by ';'. Press Enter to apply.</source>
        <translation>N:BEDINGUNG gilt nur für Schritt N; mehrere durch „;“ getrennt. Eingabetaste wendet an.</translation>
    </message>
    <message>
        <source>No breakdown</source>
        <translation>Keine Aufschlüsselung</translation>
    </message>
    <message>
        <source>No exclusion</source>
        <translation>Kein Ausschluss</translation>
    </message>
    <message>
        <source>Nobody did the first step in this range — widen the range or pick another first step.</source>
        <translation>Niemand hat in diesem Zeitraum den ersten Schritt ausgeführt — erweitern Sie den Zeitraum oder wählen Sie einen anderen ersten Schritt.</translation>
    </message>
    <message>
        <source>Nothing held</source>
        <translation>Nichts festgehalten</translation>
    </message>
    <message>
        <source>Pick a step after the first: nobody drops off before entering.</source>
        <translation>Wählen Sie einen Schritt nach dem ersten: Vor dem Einstieg springt niemand ab.</translation>
    </message>
    <message>
        <source>Pick a step in the table first.</source>
        <translation>Wählen Sie zuerst einen Schritt in der Tabelle.</translation>
    </message>
    <message>
        <source>Reached %1</source>
        <translation>%1 erreicht</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Save as cohort</source>
        <translation>Als Kohorte speichern</translation>
    </message>
    <message>
        <source>Save users who dropped off at this step as a cohort…</source>
        <translation>Bei diesem Schritt abgesprungene Nutzer als Kohorte speichern …</translation>
    </message>
    <message>
        <source>Save users who reached this step as a cohort…</source>
        <translation>Nutzer, die diesen Schritt erreicht haben, als Kohorte speichern …</translation>
    </message>
    <message>
        <source>Show the events of users who dropped off at this step</source>
        <translation>Ereignisse der bei diesem Schritt abgesprungenen Nutzer zeigen</translation>
    </message>
    <message>
        <source>Show the events of users who reached this step</source>
        <translation>Ereignisse der Nutzer zeigen, die diesen Schritt erreicht haben</translation>
    </message>
    <message>
        <source>Show users</source>
        <translation>Nutzer zeigen</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Step (conversion from start)</source>
        <translation>Schritt (Konversion vom Start)</translation>
    </message>
    <message>
        <source>Step conditions</source>
        <translation>Schrittbedingungen</translation>
    </message>
    <message>
        <source>Step conditions: 2:plan=pro; 3:country=DE</source>
        <translation>Schrittbedingungen: 2:plan=pro; 3:country=DE</translation>
    </message>
    <message>
        <source>Step order</source>
        <translation>Schrittreihenfolge</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>Schritte:</translation>
    </message>
    <message>
        <source>Strict order</source>
        <translation>Strikte Reihenfolge</translation>
    </message>
    <message>
        <source>The filter names a cohort; clear it to save this step's users as a cohort of their own.</source>
        <translation>Der Filter nennt eine Kohorte; leeren Sie ihn, um die Nutzer dieses Schritts als eigene Kohorte zu speichern.</translation>
    </message>
    <message>
        <source>The funnel has no such step.</source>
        <translation>Der Funnel hat keinen solchen Schritt.</translation>
    </message>
    <message>
        <source>The funnel has not been computed yet.</source>
        <translation>Der Funnel wurde noch nicht berechnet.</translation>
    </message>
    <message>
        <source>Time from step %1 to step %2</source>
        <translation>Zeit von Schritt %1 bis Schritt %2</translation>
    </message>
    <message>
        <source>Time to convert (last step)</source>
        <translation>Zeit bis zur Konversion (letzter Schritt)</translation>
    </message>
    <message>
        <source>Total conversions</source>
        <translation>Konversionen gesamt</translation>
    </message>
    <message>
        <source>Unique users</source>
        <translation>Eindeutige Nutzer</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Nutzer</translation>
    </message>
    <message>
        <source>Value at step 1</source>
        <translation>Wert bei Schritt 1</translation>
    </message>
    <message>
        <source>Which event's value of the breakdown property a user's attempt is counted under</source>
        <translation>Unter welchem Wert der Aufteilungseigenschaft der Versuch eines Nutzers gezählt wird</translation>
    </message>
    <message>
        <source>Window unit</source>
        <translation>Einheit des Fensters</translation>
    </message>
    <message>
        <source>Within</source>
        <translation>Innerhalb von</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>dropped off at step %1 (%2) of the funnel</source>
        <translation>bei Schritt %1 (%2) des Funnels abgesprungen</translation>
    </message>
    <message>
        <source>from</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>reached step %1 (%2) of the funnel</source>
        <translation>Schritt %1 (%2) des Funnels erreicht</translation>
    </message>
    <message>
        <source>▶</source>
        <translation>▶</translation>
    </message>
    <message>
        <source>◀</source>
        <translation>◀</translation>
    </message>
</context>
<context>
    <name>hc::ui::GlobalControlsBar</name>
    <message>
        <source>All data</source>
        <translation>Alle Daten</translation>
    </message>
    <message>
        <source>Compare to previous period</source>
        <translation>Vorperiode vergleichen</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <source>Date range preset</source>
        <translation>Zeitraum-Vorgabe</translation>
    </message>
    <message>
        <source>Delete Saved View</source>
        <translation>Gespeicherte Ansicht löschen</translation>
    </message>
    <message>
        <source>Delete the saved view "%1"?</source>
        <translation>Die gespeicherte Ansicht „%1“ löschen?</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Keep events matching any condition instead of all</source>
        <translation>Ereignisse behalten, die irgendeine statt alle Bedingungen erfüllen</translation>
    </message>
    <message>
        <source>Keep the date range, zone, filter and every view's query under a name</source>
        <translation>Zeitraum, Zeitzone, Filter und die Abfrage jeder Ansicht unter einem Namen speichern</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <source>Name of this view:</source>
        <translation>Name dieser Ansicht:</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
    <message>
        <source>Ranges end on the newest day with data</source>
        <translation>Zeiträume enden am neuesten Tag mit Daten</translation>
    </message>
    <message>
        <source>Rename Saved View</source>
        <translation>Gespeicherte Ansicht umbenennen</translation>
    </message>
    <message>
        <source>Rename Saved View…</source>
        <translation>Gespeicherte Ansicht umbenennen …</translation>
    </message>
    <message>
        <source>Reporting time zone</source>
        <translation>Berichtszeitzone</translation>
    </message>
    <message>
        <source>Save View</source>
        <translation>Ansicht speichern</translation>
    </message>
    <message>
        <source>Save view…</source>
        <translation>Ansicht speichern…</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Dieser Monat</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Workspace zone</source>
        <translation>Zeitzone des Arbeitsbereichs</translation>
    </message>
    <message>
        <source>Workspace zone (%1)</source>
        <translation>Zeitzone des Arbeitsbereichs (%1)</translation>
    </message>
    <message>
        <source>any</source>
        <translation>oder</translation>
    </message>
</context>
<context>
    <name>hc::ui::InsightListModel</name>
    <message>
        <source>Actioned</source>
        <translation>Umgesetzt</translation>
    </message>
    <message>
        <source>Anomaly</source>
        <translation>Anomalie</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Verworfen</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Wirkung</translation>
    </message>
    <message>
        <source>Insight</source>
        <translation>Erkenntnis</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Chance</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>Gesehen</translation>
    </message>
    <message>
        <source>Significant</source>
        <translation>Signifikant</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Worth watching</source>
        <translation>Beobachten</translation>
    </message>
</context>
<context>
    <name>hc::ui::InsightsView</name>
    <message>
        <source>%1 · %2 (q %3) · method %4 · n = %5</source>
        <translation>%1 · %2 (q %3) · Methode %4 · n = %5</translation>
    </message>
    <message numerus="yes">
        <source>%Ln insights · %1 findings scanned · %2 – %3</source>
        <translation><numerusform>%Ln Erkenntnis · %1 Befunde geprüft · %2 – %3</numerusform><numerusform>%Ln Erkenntnisse · %1 Befunde geprüft · %2 – %3</numerusform></translation>
    </message>
    <message>
        <source>&amp;Open in %1</source>
        <translation>&amp;In %1 öffnen</translation>
    </message>
    <message>
        <source>&amp;Open the view</source>
        <translation>Ansicht &amp;öffnen</translation>
    </message>
    <message>
        <source>&amp;What stands out in</source>
        <translation>&amp;Was auffällt in</translation>
    </message>
    <message>
        <source>D&amp;ismiss</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Drivers</source>
        <translation>Treiber</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Beleg</translation>
    </message>
    <message>
        <source>Experiments</source>
        <translation>Experimente</translation>
    </message>
    <message>
        <source>Insights, most important first</source>
        <translation>Erkenntnisse, wichtigste zuerst</translation>
    </message>
    <message>
        <source>Its last 30 days</source>
        <translation>Seinen letzten 30 Tagen</translation>
    </message>
    <message>
        <source>Its last 7 days</source>
        <translation>Seinen letzten 7 Tagen</translation>
    </message>
    <message>
        <source>Its last day</source>
        <translation>Seinem letzten Tag</translation>
    </message>
    <message>
        <source>Mark &amp;actioned</source>
        <translation>Als &amp;umgesetzt markieren</translation>
    </message>
    <message>
        <source>Nothing stands out in this period: no finding survives the correction for the %1 scanned. Widen the period or pick another end date.</source>
        <translation>In diesem Zeitraum fällt nichts auf: Kein Befund übersteht die Korrektur für die %1 geprüften. Erweitern Sie den Zeitraum oder wählen Sie ein anderes Enddatum.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Retention</translation>
    </message>
    <message>
        <source>Select an insight to see why it stands out.</source>
        <translation>Wählen Sie eine Erkenntnis, um zu sehen, warum sie auffällt.</translation>
    </message>
    <message>
        <source>Show &amp;dismissed</source>
        <translation>&amp;Verworfene zeigen</translation>
    </message>
    <message>
        <source>The date range</source>
        <translation>Dem Datumsbereich</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>Trends</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Was zu tun ist:</translation>
    </message>
</context>
<context>
    <name>hc::ui::JobStatusBar</name>
    <message>
        <source> · %1 events loaded</source>
        <translation> · %1 Ereignisse geladen</translation>
    </message>
    <message>
        <source> · synced %1</source>
        <translation> · synchronisiert %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Data through %1</source>
        <translation>Daten bis %1</translation>
    </message>
    <message>
        <source>Loading events…</source>
        <translation>Ereignisse werden geladen…</translation>
    </message>
    <message>
        <source>Loading events… %1</source>
        <translation>Ereignisse werden geladen… %1</translation>
    </message>
    <message>
        <source>No data yet</source>
        <translation>Noch keine Daten</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Stop the running job; what it has saved so far stays (Esc)</source>
        <translation>Laufenden Vorgang anhalten; bisher Gespeichertes bleibt erhalten (Esc)</translation>
    </message>
</context>
<context>
    <name>hc::ui::KpiCard</name>
    <message>
        <source>%1, %2 against %3</source>
        <translation>%1, %2 gegenüber %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2
%3: %4 (%5)</source>
        <translation>%1: %2
%3: %4 (%5)</translation>
    </message>
</context>
<context>
    <name>hc::ui::KpiCardsView</name>
    <message>
        <source>%1 pp</source>
        <translation>%1 Pp.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Veränderung</translation>
    </message>
    <message>
        <source>Changes against the previous period, %1</source>
        <translation>Veränderung gegenüber dem Vorzeitraum, %1</translation>
    </message>
    <message>
        <source>Click to open its trend</source>
        <translation>Klicken, um den Verlauf zu öffnen</translation>
    </message>
    <message>
        <source>Click to see it day by day</source>
        <translation>Klicken, um den Wert Tag für Tag zu sehen</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Vorperiode</translation>
    </message>
    <message>
        <source>Revenue Currency</source>
        <translation>Umsatzwährung</translation>
    </message>
    <message>
        <source>Revenue Currency…</source>
        <translation>Umsatzwährung …</translation>
    </message>
    <message>
        <source>The currency of the revenue property (ISO 4217 code):</source>
        <translation>Die Währung der Umsatz-Eigenschaft (ISO-4217-Code):</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>no previous value</source>
        <translation>kein Vorwert</translation>
    </message>
</context>
<context>
    <name>hc::ui::KpiDetailDialog</name>
    <message>
        <source>%1 (%)</source>
        <translation>%1 (%)</translation>
    </message>
    <message>
        <source>%1 (min)</source>
        <translation>%1 (min)</translation>
    </message>
    <message>
        <source>%1 over the range: &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>%1 im Zeitraum: &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 per day</source>
        <translation>%1 pro Tag</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
</context>
<context>
    <name>hc::ui::MainMenus</name>
    <message>
        <source>&amp;About HitCraft</source>
        <translation>&amp;Über HitCraft</translation>
    </message>
    <message>
        <source>&amp;Cohorts…</source>
        <translation>&amp;Kohorten …</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Forget a User…</source>
        <translation>Nutzer &amp;vergessen…</translation>
    </message>
    <message>
        <source>&amp;Go to…</source>
        <translation>&amp;Gehe zu …</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Import Events…</source>
        <translation>Ereignisse &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Neuer Arbeitsbereich…</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>Arbeitsbereich ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Report…</source>
        <translation>&amp;Bericht…</translation>
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <translation>Anordnung &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Retry Failed Days</source>
        <translation>Fehlgeschlagene Tage &amp;wiederholen</translation>
    </message>
    <message>
        <source>&amp;Sync from Mixpanel…</source>
        <translation>Von Mixpanel &amp;synchronisieren…</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Design</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation>Wie das &amp;System</translation>
    </message>
    <message>
        <source>Go to &amp;Filter</source>
        <translation>Zum &amp;Filter</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>System Language</source>
        <translation>Systemsprache</translation>
    </message>
</context>
<context>
    <name>hc::ui::MainWindow</name>
    <message>
        <source>%1 events, data through %2</source>
        <translation>%1 Ereignisse, Daten bis %2</translation>
    </message>
    <message>
        <source>%1 — HitCraft Analytics Workbench</source>
        <translation>%1 — HitCraft Analytics Workbench</translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation>%1 konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Demo workspace ready: %1 events from %2 users.</source>
        <translation>Demo-Arbeitsbereich bereit: %1 Ereignisse von %2 Nutzern.</translation>
    </message>
    <message>
        <source>Empty workspace</source>
        <translation>Leerer Arbeitsbereich</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Experiments</source>
        <translation>Experimente</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>Trichter</translation>
    </message>
    <message>
        <source>HitCraft Analytics Workbench</source>
        <translation>HitCraft Analytics Workbench</translation>
    </message>
    <message>
        <source>Imported %1: %2 lines, %3 new events, %4 duplicates, %5 quarantined.</source>
        <translation>%1 importiert: %2 Zeilen, %3 neue Ereignisse, %4 Duplikate, %5 in Quarantäne.</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>Erkenntnisse</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <source>Opened the existing demo workspace.</source>
        <translation>Der vorhandene Demo-Arbeitsbereich wurde geöffnet.</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Paths</source>
        <translation>Pfade</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Bindung</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmente</translation>
    </message>
    <message>
        <source>Sync Status</source>
        <translation>Synchronisierungsstatus</translation>
    </message>
    <message>
        <source>The language changes at the next start.</source>
        <translation>Die Sprache ändert sich beim nächsten Start.</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>Verläufe</translation>
    </message>
</context>
<context>
    <name>hc::ui::NumberFormat</name>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 T %2 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
</context>
<context>
    <name>hc::ui::PathsView</name>
    <message>
        <source> steps</source>
        <translation> Schritte</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>(session ends)</source>
        <translation>(Sitzung endet)</translation>
    </message>
    <message>
        <source>Anchor event</source>
        <translation>Ankerereignis</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Double-click a path to see its users in the Events explorer</source>
        <translation>Doppelklick auf einen Pfad zeigt seine Nutzer im Ereignis-Explorer</translation>
    </message>
    <message>
        <source>No %1 events in this range — widen the range or pick another anchor.</source>
        <translation>Keine %1-Ereignisse in diesem Zeitraum — erweitern Sie den Zeitraum oder wählen Sie einen anderen Anker.</translation>
    </message>
    <message>
        <source>Occurrences</source>
        <translation>Vorkommen</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Ranked paths</source>
        <translation>Pfade nach Rang</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>Show These Users</source>
        <translation>Diese Nutzer anzeigen</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Nutzer</translation>
    </message>
    <message>
        <source>What users did before</source>
        <translation>Was Nutzer davor taten</translation>
    </message>
    <message>
        <source>What users do after</source>
        <translation>Was Nutzer danach tun</translation>
    </message>
    <message>
        <source>followed %1</source>
        <translation>folgten %1</translation>
    </message>
    <message>
        <source>within a session</source>
        <translation>innerhalb einer Sitzung</translation>
    </message>
</context>
<context>
    <name>hc::ui::PdfPageFlow</name>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Seite %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
</context>
<context>
    <name>hc::ui::PdfReportWriter</name>
    <message>
        <source>%1 findings were scanned; the most important are below, each with the statistic behind it. "Significant" means it survives the correction for everything scanned; "worth watching" means it does not yet.</source>
        <translation>%1 Befunde wurden geprüft; die wichtigsten stehen unten, jeweils mit der Statistik dahinter. „Signifikant“ heißt, er übersteht die Korrektur für alles Geprüfte; „zu beobachten“ heißt, noch nicht.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1, against %2 – %3.</source>
        <translation>%1, gegenüber %2 – %3.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2. Nothing was written under that name.</source>
        <translation>„%1“ kann nicht geschrieben werden: %2. Unter diesem Namen wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Compared with %1 – %2 · reporting time zone %3</source>
        <translation>Verglichen mit %1 – %2 · Berichtszeitzone %3</translation>
    </message>
    <message>
        <source>Conversion by step</source>
        <translation>Konversion je Schritt</translation>
    </message>
    <message>
        <source>Converted from the first step (%)</source>
        <translation>Vom ersten Schritt konvertiert (%)</translation>
    </message>
    <message>
        <source>Data through %1 (UTC), %2 events · HitCraft Analytics Workbench %3</source>
        <translation>Daten bis %1 (UTC), %2 Ereignisse · HitCraft Analytics Workbench %3</translation>
    </message>
    <message>
        <source>Filtered to events where %1</source>
        <translation>Gefiltert auf Ereignisse, bei denen %1 gilt</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>Funnel</translation>
    </message>
    <message>
        <source>Key metrics</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <source>Methodology</source>
        <translation>Methodik</translation>
    </message>
    <message>
        <source>Nothing stands out: no finding survives the correction for the %1 scanned.</source>
        <translation>Nichts fällt auf: Kein Befund übersteht die Korrektur für die %1 geprüften.</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Retention</translation>
    </message>
    <message>
        <source>The PDF could not be started.</source>
        <translation>Das PDF konnte nicht begonnen werden.</translation>
    </message>
    <message>
        <source>Users (% of the first step)</source>
        <translation>Nutzer (% des ersten Schritts)</translation>
    </message>
    <message>
        <source>What stands out</source>
        <translation>Was auffällt</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
</context>
<context>
    <name>hc::ui::ReportBuilderDialog</name>
    <message>
        <source>&amp;Create PDF…</source>
        <translation>PDF &amp;erstellen…</translation>
    </message>
    <message>
        <source>&amp;Ending on:</source>
        <translation>&amp;Endet am:</translation>
    </message>
    <message>
        <source>&amp;Keep these choices in the workspace</source>
        <translation>Diese Auswahl im Arbeitsbereich &amp;behalten</translation>
    </message>
    <message>
        <source>&amp;Page size:</source>
        <translation>&amp;Seitenformat:</translation>
    </message>
    <message>
        <source>&amp;Sections:</source>
        <translation>A&amp;bschnitte:</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Vorlage:</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Building the report…</source>
        <translation>Der Bericht wird erstellt…</translation>
    </message>
    <message>
        <source>Cancel report</source>
        <translation>Bericht abbrechen</translation>
    </message>
    <message>
        <source>Create PDF report</source>
        <translation>PDF-Bericht erstellen</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Täglich</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>Funnel</translation>
    </message>
    <message>
        <source>Key metrics</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Methodology</source>
        <translation>Methodik</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Monatlich</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Open a workspace with events first.</source>
        <translation>Öffnen Sie zuerst einen Arbeitsbereich mit Ereignissen.</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Retention</translation>
    </message>
    <message>
        <source>Sections, in order</source>
        <translation>Abschnitte, in Reihenfolge</translation>
    </message>
    <message>
        <source>The report was cancelled.</source>
        <translation>Der Bericht wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Wöchentlich</translation>
    </message>
    <message>
        <source>What stands out (insights)</source>
        <translation>Was auffällt (Erkenntnisse)</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>%1 geschrieben.</translation>
    </message>
    <message>
        <source>hitcraft-cli could not be started beside the workbench (%1).</source>
        <translation>hitcraft-cli konnte neben der Workbench nicht gestartet werden (%1).</translation>
    </message>
</context>
<context>
    <name>hc::ui::RetentionTableModel</name>
    <message>
        <source> — period not over yet</source>
        <translation> — Periode noch nicht vorbei</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Durchschnitt</translation>
    </message>
    <message>
        <source>Average of complete cells, weighted by cohort size: %1</source>
        <translation>Durchschnitt der vollständigen Zellen, gewichtet nach Kohortengröße: %1</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Kohorte</translation>
    </message>
    <message>
        <source>Cohort %1, %2 %3: %4 of %5 users (%6)%7</source>
        <translation>Kohorte %1, %2 %3: %4 von %5 Nutzern (%6)%7</translation>
    </message>
    <message>
        <source>Cohort %1, %2 %3: not started yet</source>
        <translation>Kohorte %1, %2 %3: noch nicht begonnen</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Nutzer</translation>
    </message>
    <message>
        <source>no complete cell yet</source>
        <translation>noch keine vollständige Zelle</translation>
    </message>
</context>
<context>
    <name>hc::ui::RetentionView</name>
    <message>
        <source> periods</source>
        <translation> Perioden</translation>
    </message>
    <message>
        <source>%1 after the cohort's start</source>
        <translation>%1 nach Beginn der Kohorte</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <source>Any event</source>
        <translation>Beliebiges Ereignis</translation>
    </message>
    <message>
        <source>Average retention</source>
        <translation>Durchschnittliche Bindung</translation>
    </message>
    <message>
        <source>Breakdown</source>
        <translation>Aufschlüsselung</translation>
    </message>
    <message>
        <source>Cohort mode</source>
        <translation>Kohortenart</translation>
    </message>
    <message>
        <source>Counting</source>
        <translation>Zählweise</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Double-click a cell to see its users in the Events explorer</source>
        <translation>Doppelklick auf eine Zelle zeigt ihre Nutzer im Ereignis-Explorer</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>First time</source>
        <translation>Erstmalig</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>No breakdown</source>
        <translation>Keine Aufschlüsselung</translation>
    </message>
    <message>
        <source>No one did the start event in this range — widen the range or pick another event.</source>
        <translation>Niemand hat in diesem Zeitraum das Startereignis ausgelöst — erweitern Sie den Zeitraum oder wählen Sie ein anderes Ereignis.</translation>
    </message>
    <message>
        <source>Nobody started in %1.</source>
        <translation>Im Zeitraum %1 hat niemand begonnen.</translation>
    </message>
    <message>
        <source>Number of periods</source>
        <translation>Anzahl der Perioden</translation>
    </message>
    <message>
        <source>On or after</source>
        <translation>Am oder danach</translation>
    </message>
    <message>
        <source>On the period</source>
        <translation>In der Periode</translation>
    </message>
    <message>
        <source>One curve per value of a property, or for a cohort's users and everyone else</source>
        <translation>Eine Kurve je Wert einer Eigenschaft, oder für die Nutzer einer Kohorte und alle anderen</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Pick a cohort's size or one of its periods; the average row has no users of its own.</source>
        <translation>Wählen Sie die Größe einer Kohorte oder eine ihrer Perioden; die Durchschnittszeile hat keine eigenen Nutzer.</translation>
    </message>
    <message>
        <source>Recurring</source>
        <translation>Wiederkehrend</translation>
    </message>
    <message>
        <source>Retained (%)</source>
        <translation>Gehalten (%)</translation>
    </message>
    <message>
        <source>Retention cohort heatmap</source>
        <translation>Kohorten-Heatmap der Bindung</translation>
    </message>
    <message>
        <source>Retention curve (average)</source>
        <translation>Bindungskurve (Durchschnitt)</translation>
    </message>
    <message>
        <source>Retention curve (average) by %1</source>
        <translation>Bindungskurve (Durchschnitt) nach %1</translation>
    </message>
    <message>
        <source>Retention curve (average): in %1 or not</source>
        <translation>Bindungskurve (Durchschnitt): in %1 oder nicht</translation>
    </message>
    <message>
        <source>Return event</source>
        <translation>Rückkehrereignis</translation>
    </message>
    <message>
        <source>Show users</source>
        <translation>Nutzer anzeigen</translation>
    </message>
    <message>
        <source>Start event</source>
        <translation>Startereignis</translation>
    </message>
    <message>
        <source>Users who did</source>
        <translation>Nutzer, die</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>and came back to</source>
        <translation>ausführten und zurückkehrten zu</translation>
    </message>
    <message>
        <source>by</source>
        <translation>nach</translation>
    </message>
    <message>
        <source>the cohort of %1</source>
        <translation>die Kohorte vom %1</translation>
    </message>
    <message>
        <source>the cohort of %1 who came back in %2 %3</source>
        <translation>die Kohorte vom %1, zurückgekehrt in %2 %3</translation>
    </message>
</context>
<context>
    <name>hc::ui::ScopeHistory</name>
    <message>
        <source>%1 Query</source>
        <translation>Abfrage: %1</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>Date Range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Time Zone</source>
        <translation>Zeitzone</translation>
    </message>
</context>
<context>
    <name>hc::ui::SegmentsView</name>
    <message>
        <source> (a user with events in several segments counts in each, so shares can add up to more than 100%)</source>
        <translation> (ein Nutzer mit Ereignissen in mehreren Segmenten zählt in jedem, die Anteile können also zusammen mehr als 100 % ergeben)</translation>
    </message>
    <message>
        <source> · %1 smaller segments not listed</source>
        <translation> · %1 kleinere Segmente nicht aufgeführt</translation>
    </message>
    <message>
        <source>%1: %2
Click to see these users</source>
        <translation>%1: %2
Klicken, um diese Nutzer zu sehen</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <source>Any event</source>
        <translation>Beliebiges Ereignis</translation>
    </message>
    <message>
        <source>Double-click a row to see its users in the Events explorer</source>
        <translation>Doppelklick auf eine Zeile zeigt ihre Nutzer im Ereignis-Explorer</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Events per user</source>
        <translation>Ereignisse pro Nutzer</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Maß</translation>
    </message>
    <message>
        <source>No properties seen in this workspace yet — import or sync events with properties.</source>
        <translation>In diesem Arbeitsbereich gibt es noch keine Eigenschaften — importieren oder synchronisieren Sie Ereignisse mit Eigenschaften.</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Nichts</translation>
    </message>
    <message>
        <source>Segment by</source>
        <translation>Segmentieren nach</translation>
    </message>
    <message>
        <source>Segments table</source>
        <translation>Segmenttabelle</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>Show These Users</source>
        <translation>Diese Nutzer anzeigen</translation>
    </message>
    <message>
        <source>Sum of revenue</source>
        <translation>Umsatzsumme</translation>
    </message>
    <message>
        <source>Then by</source>
        <translation>Dann nach</translation>
    </message>
    <message>
        <source>Top %1 by %2</source>
        <translation>Top %1 · %2</translation>
    </message>
    <message>
        <source>Top segments</source>
        <translation>Top-Segmente</translation>
    </message>
    <message>
        <source>Total events</source>
        <translation>Ereignisse gesamt</translation>
    </message>
    <message>
        <source>Total over all segments: %1</source>
        <translation>Gesamt über alle Segmente: %1</translation>
    </message>
    <message>
        <source>Unique users</source>
        <translation>Eindeutige Nutzer</translation>
    </message>
    <message>
        <source>and</source>
        <translation>und</translation>
    </message>
    <message>
        <source>any event</source>
        <translation>ein beliebiges Ereignis</translation>
    </message>
    <message>
        <source>by</source>
        <translation>nach</translation>
    </message>
    <message>
        <source>did %1 with %2</source>
        <translation>hat %1 mit %2 ausgelöst</translation>
    </message>
    <message>
        <source>of</source>
        <translation>von</translation>
    </message>
</context>
<context>
    <name>hc::ui::ShortcutsDialog</name>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Kürzel</translation>
    </message>
</context>
<context>
    <name>hc::ui::SyncDialog</name>
    <message>
        <source> · about %1 left</source>
        <translation> · noch etwa %1</translation>
    </message>
    <message>
        <source>%1 days synced: %2 new events, %3 already stored, %4 quarantined, %5 profiles.</source>
        <translation>%1 Tage synchronisiert: %2 neue Ereignisse, %3 bereits gespeichert, %4 in Quarantäne, %5 Profile.</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>API address</source>
        <translation>API-Adresse</translation>
    </message>
    <message>
        <source>Also fetch user profiles</source>
        <translation>Auch Nutzerprofile abrufen</translation>
    </message>
    <message>
        <source>Cancel Sync</source>
        <translation>Synchronisierung abbrechen</translation>
    </message>
    <message>
        <source>Cancelled. %1 Start again to continue.</source>
        <translation>Abgebrochen. %1 Erneut starten, um fortzufahren.</translation>
    </message>
    <message>
        <source>Cancelling after the current request; finished days stay saved…</source>
        <translation>Abbruch nach der laufenden Anfrage; fertige Tage bleiben gespeichert…</translation>
    </message>
    <message>
        <source>Data residency</source>
        <translation>Datenstandort</translation>
    </message>
    <message>
        <source>Day %1 of %2 · %3 events · %4 MB · %5 events/s%6</source>
        <translation>Tag %1 von %2 · %3 Ereignisse · %4 MB · %5 Ereignisse/s%6</translation>
    </message>
    <message>
        <source>Days already synced are skipped; the last five days are always fetched again, since late events still arrive for them.</source>
        <translation>Bereits synchronisierte Tage werden übersprungen; die letzten fünf Tage werden immer erneut abgerufen, da für sie noch verspätete Ereignisse eintreffen.</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Erkennen</translation>
    </message>
    <message>
        <source>Enter the project id and the service account's username.</source>
        <translation>Geben Sie die Projekt-ID und den Benutzernamen des Dienstkontos ein.</translation>
    </message>
    <message>
        <source>Enter the project id, username and secret to detect the time-zone mode.</source>
        <translation>Geben Sie Projekt-ID, Benutzernamen und Geheimnis ein, um den Zeitzonenmodus zu erkennen.</translation>
    </message>
    <message>
        <source>Enter the project's time zone as an IANA name, such as America/Los_Angeles.</source>
        <translation>Geben Sie die Zeitzone des Projekts als IANA-Namen ein, etwa America/Los_Angeles.</translation>
    </message>
    <message>
        <source>European Union</source>
        <translation>Europäische Union</translation>
    </message>
    <message>
        <source>Event times</source>
        <translation>Ereigniszeiten</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>IANA name, e.g. America/Los_Angeles</source>
        <translation>IANA-Name, z. B. America/Los_Angeles</translation>
    </message>
    <message>
        <source>India</source>
        <translation>Indien</translation>
    </message>
    <message>
        <source>Look at a few events of the last day and suggest the mode</source>
        <translation>Einige Ereignisse des letzten Tages ansehen und den Modus vorschlagen</translation>
    </message>
    <message>
        <source>No secret is stored for this account yet: type it once.</source>
        <translation>Für dieses Konto ist noch kein Geheimnis gespeichert: Geben Sie es einmal ein.</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Project id</source>
        <translation>Projekt-ID</translation>
    </message>
    <message>
        <source>Project time zone</source>
        <translation>Zeitzone des Projekts</translation>
    </message>
    <message>
        <source>Project time zone (older projects)</source>
        <translation>Zeitzone des Projekts (ältere Projekte)</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Geheimnis</translation>
    </message>
    <message>
        <source>Service account secret</source>
        <translation>Geheimnis des Dienstkontos</translation>
    </message>
    <message>
        <source>Start Sync</source>
        <translation>Synchronisierung starten</translation>
    </message>
    <message>
        <source>Sync from Mixpanel</source>
        <translation>Von Mixpanel synchronisieren</translation>
    </message>
    <message>
        <source>Sync messages</source>
        <translation>Synchronisierungsmeldungen</translation>
    </message>
    <message>
        <source>Syncing %1 to %2…</source>
        <translation>Synchronisiere %1 bis %2…</translation>
    </message>
    <message>
        <source>The first day is after the last day.</source>
        <translation>Der erste Tag liegt nach dem letzten Tag.</translation>
    </message>
    <message>
        <source>The keychain could not be read (%1): type the secret.</source>
        <translation>Der Schlüsselbund konnte nicht gelesen werden (%1): Geben Sie das Geheimnis ein.</translation>
    </message>
    <message>
        <source>The project exports UTC times.</source>
        <translation>Das Projekt exportiert UTC-Zeiten.</translation>
    </message>
    <message>
        <source>The project exports its own clock (UTC%1%2:%3 for these events): choose its time zone, e.g. one at that offset.</source>
        <translation>Das Projekt exportiert seine eigene Uhrzeit (UTC%1%2:%3 für diese Ereignisse): Wählen Sie seine Zeitzone, z. B. eine mit diesem Versatz.</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>UTC (projects created from 2023)</source>
        <translation>UTC (Projekte ab 2023)</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>Vereinigte Staaten</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>What to fetch</source>
        <translation>Was abgerufen wird</translation>
    </message>
    <message>
        <source>default: Mixpanel's host for the residency</source>
        <translation>Standard: Mixpanels Host für den Datenstandort</translation>
    </message>
    <message>
        <source>e.g. 2195193</source>
        <translation>z. B. 2195193</translation>
    </message>
    <message>
        <source>leave empty to use the secret in the keychain</source>
        <translation>leer lassen, um das Geheimnis aus dem Schlüsselbund zu verwenden</translation>
    </message>
    <message>
        <source>service account username</source>
        <translation>Benutzername des Dienstkontos</translation>
    </message>
</context>
<context>
    <name>hc::ui::SyncStatusView</name>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Failed days</source>
        <translation>Fehlgeschlagene Tage</translation>
    </message>
    <message>
        <source>Freshness</source>
        <translation>Aktualität</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Letzte Synchronisierung</translation>
    </message>
    <message>
        <source>Newest event</source>
        <translation>Neuestes Ereignis</translation>
    </message>
    <message>
        <source>Newest event %1 days ago</source>
        <translation>Neuestes Ereignis vor %1 Tagen</translation>
    </message>
    <message>
        <source>No sources yet — import a file or sync from Mixpanel.</source>
        <translation>Noch keine Quellen — importieren Sie eine Datei oder synchronisieren Sie von Mixpanel.</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Sync from Mixpanel…</source>
        <translation>Von Mixpanel synchronisieren…</translation>
    </message>
    <message>
        <source>Where the data comes from and how fresh it is.</source>
        <translation>Woher die Daten kommen und wie aktuell sie sind.</translation>
    </message>
    <message>
        <source>last synced %1 days ago</source>
        <translation>zuletzt vor %1 Tagen synchronisiert</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>● A few days old</source>
        <translation>● Einige Tage alt</translation>
    </message>
    <message>
        <source>● Fresh</source>
        <translation>● Aktuell</translation>
    </message>
    <message>
        <source>● Stale</source>
        <translation>● Veraltet</translation>
    </message>
</context>
<context>
    <name>hc::ui::TableExportMenu</name>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>%1-Dateien (*.%2)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write “%1”.</source>
        <translation>„%1“ kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <source>Copy chart image</source>
        <translation>Diagrammbild kopieren</translation>
    </message>
    <message>
        <source>Copy table (tab-separated)</source>
        <translation>Tabelle kopieren (tabulatorgetrennt)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-Arbeitsmappen (*.xlsx)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Export and copy this view's tables and charts</source>
        <translation>Tabellen und Diagramme dieser Ansicht exportieren und kopieren</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>Als CSV exportieren</translation>
    </message>
    <message>
        <source>Export as CSV…</source>
        <translation>Als CSV exportieren…</translation>
    </message>
    <message>
        <source>Export as Excel</source>
        <translation>Als Excel exportieren</translation>
    </message>
    <message>
        <source>Export as Excel…</source>
        <translation>Als Excel exportieren…</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Narrow the rows first: only tables up to 200,000 rows are exported from here.</source>
        <translation>Grenzen Sie die Zeilen zuerst ein: Von hier werden nur Tabellen bis 200.000 Zeilen exportiert.</translation>
    </message>
    <message>
        <source>Nothing to export yet</source>
        <translation>Noch nichts zu exportieren</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Diagramm speichern</translation>
    </message>
    <message>
        <source>Save chart as %1…</source>
        <translation>Diagramm als %1 speichern…</translation>
    </message>
    <message>
        <source>Show Data as Table</source>
        <translation>Daten als Tabelle zeigen</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
</context>
<context>
    <name>hc::ui::TrendOverlay</name>
    <message numerus="yes">
        <source> · %n anomalies</source>
        <translation><numerusform> · %n Anomalie</numerusform><numerusform> · %n Anomalien</numerusform></translation>
    </message>
    <message>
        <source> · forecast backtest MAPE %1% (repeating last season: %2%)</source>
        <translation> · Prognose-Rückvergleich MAPE %1% (Vorsaison wiederholt: %2%)</translation>
    </message>
    <message>
        <source>%1: %2, expected %3 (z %4)</source>
        <translation>%1: %2, erwartet %3 (z %4)</translation>
    </message>
    <message>
        <source>, not better</source>
        <translation>, nicht besser</translation>
    </message>
    <message>
        <source>80% interval</source>
        <translation>80-%-Intervall</translation>
    </message>
    <message>
        <source>95% interval</source>
        <translation>95-%-Intervall</translation>
    </message>
    <message>
        <source>Anomalies</source>
        <translation>Anomalien</translation>
    </message>
    <message>
        <source>Expected range</source>
        <translation>Erwarteter Bereich</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prognose</translation>
    </message>
    <message>
        <source>no anomaly check: %1</source>
        <translation>keine Anomalieprüfung: %1</translation>
    </message>
    <message>
        <source>no forecast: %1</source>
        <translation>keine Prognose: %1</translation>
    </message>
</context>
<context>
    <name>hc::ui::TrendView</name>
    <message>
        <source>
Click to see these users</source>
        <translation>
Klicken, um diese Nutzer zu sehen</translation>
    </message>
    <message>
        <source>
Incomplete: data for this period is still arriving</source>
        <translation>
Unvollständig: Daten für diese Periode kommen noch</translation>
    </message>
    <message>
        <source> periods rolling</source>
        <translation> Perioden gleitend</translation>
    </message>
    <message>
        <source> · dotted: incomplete, data still arriving</source>
        <translation> · gepunktet: unvollständig, Daten kommen noch</translation>
    </message>
    <message>
        <source>%1 (incomplete)</source>
        <translation>%1 (unvollständig)</translation>
    </message>
    <message>
        <source>%1 (previous period)</source>
        <translation>%1 (Vorperiode)</translation>
    </message>
    <message>
        <source>%1 of %2 per %3</source>
        <translation>%1 von %2 pro %3</translation>
    </message>
    <message>
        <source>%1 per %2</source>
        <translation>%1 pro %2</translation>
    </message>
    <message>
        <source>%1: %2
Click to edit or delete</source>
        <translation>%1: %2
Klicken zum Bearbeiten oder Löschen</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <source>90th percentile of</source>
        <translation>90. Perzentil von</translation>
    </message>
    <message>
        <source>Add Annotation</source>
        <translation>Anmerkung hinzufügen</translation>
    </message>
    <message>
        <source>Add a note on a day; it is saved in the workspace</source>
        <translation>Eine Notiz zu einem Tag hinzufügen; sie wird im Arbeitsbereich gespeichert</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>Alle Ereignisse</translation>
    </message>
    <message>
        <source>Annotate…</source>
        <translation>Anmerken…</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Anmerkungen</translation>
    </message>
    <message>
        <source>Anomalies</source>
        <translation>Anomalien</translation>
    </message>
    <message>
        <source>Any event</source>
        <translation>Beliebiges Ereignis</translation>
    </message>
    <message>
        <source>Average of</source>
        <translation>Durchschnitt von</translation>
    </message>
    <message>
        <source>Breakdown</source>
        <translation>Aufschlüsselung</translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation>Kumuliert</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>Tag:</translation>
    </message>
    <message>
        <source>Delete Note</source>
        <translation>Notiz löschen</translation>
    </message>
    <message>
        <source>Edit Note</source>
        <translation>Notiz bearbeiten</translation>
    </message>
    <message>
        <source>Edit Note…</source>
        <translation>Notiz bearbeiten …</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Events per user</source>
        <translation>Ereignisse pro Nutzer</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prognose</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Stunde</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>Intervall</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Maß</translation>
    </message>
    <message>
        <source>Measured property</source>
        <translation>Gemessene Eigenschaft</translation>
    </message>
    <message>
        <source>Median of</source>
        <translation>Median von</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>No breakdown</source>
        <translation>Keine Aufschlüsselung</translation>
    </message>
    <message>
        <source>No rolling average</source>
        <translation>Kein gleitender Durchschnitt</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Notiz:</translation>
    </message>
    <message>
        <source>Period (%1)</source>
        <translation>Periode (%1)</translation>
    </message>
    <message>
        <source>Points of the previous period are for comparison; pick one of the current period.</source>
        <translation>Punkte der Vorperiode dienen dem Vergleich; wählen Sie einen Punkt der aktuellen Periode.</translation>
    </message>
    <message>
        <source>Rolling average periods</source>
        <translation>Perioden des gleitenden Durchschnitts</translation>
    </message>
    <message>
        <source>Shade the expected range and mark unusual days (daily or hourly, no breakdown)</source>
        <translation>Erwarteten Bereich schattieren und ungewöhnliche Tage markieren (täglich oder stündlich, ohne Aufschlüsselung)</translation>
    </message>
    <message>
        <source>Sum of</source>
        <translation>Summe von</translation>
    </message>
    <message>
        <source>There is no such point.</source>
        <translation>Diesen Punkt gibt es nicht.</translation>
    </message>
    <message>
        <source>Total events</source>
        <translation>Ereignisse gesamt</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Two weeks ahead with 80% and 95% bands, and how well it did on past weeks</source>
        <translation>Zwei Wochen voraus mit 80-%- und 95-%-Bändern und wie gut sie in vergangenen Wochen lag</translation>
    </message>
    <message>
        <source>Unique users</source>
        <translation>Eindeutige Nutzer</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>What happened that day</source>
        <translation>Was an diesem Tag geschah</translation>
    </message>
    <message>
        <source>any event</source>
        <translation>ein beliebiges Ereignis</translation>
    </message>
    <message>
        <source>breakdown</source>
        <translation>Aufschlüsselung</translation>
    </message>
    <message>
        <source>by</source>
        <translation>nach</translation>
    </message>
    <message>
        <source>day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>did %1 in %2%3</source>
        <translation>hat %1 im Zeitraum %2 ausgelöst%3</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>Stunde</translation>
    </message>
    <message>
        <source>month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>week</source>
        <translation>Woche</translation>
    </message>
</context>
<context>
    <name>hc::ui::WorkbenchData</name>
    <message>
        <source>Filter "%1": %2</source>
        <translation>Filter „%1“: %2</translation>
    </message>
</context>
<context>
    <name>hc::ui::WorkspaceController</name>
    <message>
        <source>Another job is still running; wait for it or cancel it first.</source>
        <translation>Ein anderer Vorgang läuft noch; warten Sie darauf oder brechen Sie ihn zuerst ab.</translation>
    </message>
    <message>
        <source>Could not change the saved views of this workspace.</source>
        <translation>Die gespeicherten Ansichten dieses Arbeitsbereichs konnten nicht geändert werden.</translation>
    </message>
    <message>
        <source>Creating the demo workspace…</source>
        <translation>Demo-Arbeitsbereich wird erstellt…</translation>
    </message>
    <message>
        <source>Deleted the view "%1".</source>
        <translation>Ansicht „%1“ gelöscht.</translation>
    </message>
    <message>
        <source>Forgetting a user…</source>
        <translation>Nutzer wird vergessen…</translation>
    </message>
    <message>
        <source>Forgot the user: %1 events, %2 profiles and %3 quarantined lines removed.</source>
        <translation>Nutzer vergessen: %1 Ereignisse, %2 Profile und %3 Quarantänezeilen entfernt.</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 wird importiert…</translation>
    </message>
    <message>
        <source>Open or create a workspace before importing.</source>
        <translation>Öffnen oder erstellen Sie vor dem Import einen Arbeitsbereich.</translation>
    </message>
    <message>
        <source>Renamed the view "%1" to "%2".</source>
        <translation>Ansicht „%1“ in „%2“ umbenannt.</translation>
    </message>
    <message>
        <source>Saved the view "%1".</source>
        <translation>Ansicht „%1“ gespeichert.</translation>
    </message>
</context>
<context>
    <name>hc::ui::WorkspaceFileDialogs</name>
    <message>
        <source>Event files (*.jsonl *.json *.ndjson *.csv *.gz);;Mixpanel exports (*.jsonl *.json *.ndjson *.gz);;CSV files (*.csv *.csv.gz);;All files (*)</source>
        <translation>Ereignisdateien (*.jsonl *.json *.ndjson *.csv *.gz);;Mixpanel-Exporte (*.jsonl *.json *.ndjson *.gz);;CSV-Dateien (*.csv *.csv.gz);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>HitCraft workspaces (*.hcw)</source>
        <translation>HitCraft-Arbeitsbereiche (*.hcw)</translation>
    </message>
    <message>
        <source>HitCraft workspaces (*.hcw);;All files (*)</source>
        <translation>HitCraft-Arbeitsbereiche (*.hcw);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import Events</source>
        <translation>Ereignisse importieren</translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation>Neuer Arbeitsbereich</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>Arbeitsbereich öffnen</translation>
    </message>
</context>
<context>
    <name>hc::ui::WorkspaceSummaryView</name>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No workspace open&lt;/h3&gt;&lt;p&gt;Create one with &lt;b&gt;File › New&lt;/b&gt;, open one with &lt;b&gt;File › Open&lt;/b&gt;, or start &lt;code&gt;hitcraft --demo&lt;/code&gt; to explore generated product data.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Kein Arbeitsbereich geöffnet&lt;/h3&gt;&lt;p&gt;Legen Sie einen mit &lt;b&gt;Datei › Neu&lt;/b&gt; an, öffnen Sie einen mit &lt;b&gt;Datei › Öffnen&lt;/b&gt; oder starten Sie &lt;code&gt;hitcraft --demo&lt;/code&gt;, um erzeugte Produktdaten zu erkunden.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;This workspace has no events yet&lt;/h3&gt;&lt;p&gt;Import a Mixpanel export or a CSV file with &lt;b&gt;File › Import&lt;/b&gt; (Ctrl+I).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Dieser Arbeitsbereich hat noch keine Ereignisse&lt;/h3&gt;&lt;p&gt;Importieren Sie einen Mixpanel-Export oder eine CSV-Datei mit &lt;b&gt;Datei › Importieren&lt;/b&gt; (Strg+I).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>All data in this workspace</source>
        <translation>Alle Daten dieses Arbeitsbereichs</translation>
    </message>
    <message>
        <source>Data spans</source>
        <translation>Daten reichen über</translation>
    </message>
    <message>
        <source>Data spans %1 days (%2)</source>
        <translation>Daten über %1 Tage (%2)</translation>
    </message>
    <message>
        <source>Data spans 1 day (%1)</source>
        <translation>Daten über 1 Tag (%1)</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Event names</source>
        <translation>Ereignisnamen</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Last import: %1 on %2 — %3 lines read, %4 inserted, %5 duplicates, %6 quarantined (%7).</source>
        <translation>Letzter Import: %1 am %2 — %3 Zeilen gelesen, %4 eingefügt, %5 Duplikate, %6 in Quarantäne (%7).</translation>
    </message>
    <message>
        <source>Last sync: %1; %2 day(s) failed, the first %3 (File › Retry Failed Days).</source>
        <translation>Letzte Synchronisierung: %1; %2 Tag(e) fehlgeschlagen, der erste %3 (Datei › Fehlgeschlagene Tage wiederholen).</translation>
    </message>
    <message>
        <source>Last sync: %1; every day arrived.</source>
        <translation>Letzte Synchronisierung: %1; alle Tage sind angekommen.</translation>
    </message>
    <message>
        <source>Most frequent events</source>
        <translation>Häufigste Ereignisse</translation>
    </message>
    <message>
        <source>No file imported into this workspace yet.</source>
        <translation>In diesen Arbeitsbereich wurde noch keine Datei importiert.</translation>
    </message>
    <message>
        <source>Not synced from Mixpanel yet (File › Sync from Mixpanel).</source>
        <translation>Noch nicht von Mixpanel synchronisiert (Datei › Von Mixpanel synchronisieren).</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Quarantined lines</source>
        <translation>Zeilen in Quarantäne</translation>
    </message>
    <message>
        <source>Reading the workspace…</source>
        <translation>Arbeitsbereich wird gelesen…</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>Share of all events</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>The KPI cards and the views count the date range chosen in the toolbar</source>
        <translation>Die KPI-Karten und die Ansichten zählen den in der Werkzeugleiste gewählten Zeitraum</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Nutzer</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
</context>
</TS>
