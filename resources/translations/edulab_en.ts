<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="pl_PL">
<context>
    <name></name>
    <message>
        <location filename="../../edulab_app/ui/plan/actions_model.py" line="22"/>
        <location filename="../../edulab_app/ui/plan/gantt.py" line="244"/>
        <source>Działanie</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/actions_model.py" line="22"/>
        <source>Rok szkolny</source>
        <translation>School year</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/actions_model.py" line="22"/>
        <source>Obszar</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/actions_model.py" line="22"/>
        <source>Od</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/actions_model.py" line="23"/>
        <source>Do</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/actions_model.py" line="23"/>
        <source>Odpowiada</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/actions_model.py" line="23"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/actions_model.py" line="24"/>
        <source>Koszt planowany</source>
        <translation>Planned cost</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/actions_model.py" line="24"/>
        <source>Poniesiono</source>
        <translation>Incurred</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/actions_model.py" line="24"/>
        <source>Uwagi</source>
        <translation>Comments</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/actions_model.py" line="25"/>
        <source>Uwagi eksperta</source>
        <translation>Expert comments</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/actions_model.py" line="146"/>
        <source>Uwagi eksperta EDUlab: %1, bez odpowiedzi szkoły: %2. Odpowiedz w edytorze działania.</source>
        <translation>EDUlab expert comments: %1, without a school reply: %2. Reply in the action editor.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/actions_model.py" line="180"/>
        <source>%1 (%2 bez odp.)</source>
        <translation>%1 (%2 unanswered)</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/actions_model.py" line="181"/>
        <source>%1 ✓</source>
        <translation>%1 ✓</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/common.py" line="27"/>
        <source>zaplanowane</source>
        <translation>planned</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/common.py" line="27"/>
        <source>w realizacji</source>
        <translation>in progress</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/common.py" line="27"/>
        <source>zrealizowane</source>
        <translation>completed</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/common.py" line="28"/>
        <source>zaniechane</source>
        <translation>discontinued</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/common.py" line="32"/>
        <source>Błąd</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/common.py" line="32"/>
        <source>Uwaga</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/common.py" line="32"/>
        <source>Informacja</source>
        <translation>Information</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/common.py" line="24"/>
        <location filename="../../edulab_app/ui/plan/common.py" line="36"/>
        <source>kadra</source>
        <translation>staff</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/common.py" line="24"/>
        <location filename="../../edulab_app/ui/plan/common.py" line="36"/>
        <source>szkolenia</source>
        <translation>training</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/common.py" line="24"/>
        <location filename="../../edulab_app/ui/plan/common.py" line="36"/>
        <source>materiały</source>
        <translation>materials</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/common.py" line="25"/>
        <location filename="../../edulab_app/ui/plan/common.py" line="37"/>
        <source>tłumaczenia</source>
        <translation>translations</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/common.py" line="25"/>
        <location filename="../../edulab_app/ui/plan/common.py" line="37"/>
        <source>wydarzenia</source>
        <translation>events</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/common.py" line="25"/>
        <location filename="../../edulab_app/ui/plan/common.py" line="37"/>
        <source>wyposażenie</source>
        <translation>equipment</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/common.py" line="26"/>
        <location filename="../../edulab_app/ui/plan/common.py" line="38"/>
        <source>inne</source>
        <translation>other</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/common.py" line="30"/>
        <location filename="../../edulab_app/ui/plan/common.py" line="43"/>
        <source>budżet szkoły</source>
        <translation>school budget</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/common.py" line="30"/>
        <location filename="../../edulab_app/ui/plan/common.py" line="43"/>
        <source>organ prowadzący</source>
        <translation>governing body</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/common.py" line="31"/>
        <location filename="../../edulab_app/ui/plan/common.py" line="44"/>
        <source>Obszar Metropolitalny GGS</source>
        <translation>GGS Metropolitan Area</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/common.py" line="31"/>
        <location filename="../../edulab_app/ui/plan/common.py" line="44"/>
        <source>grant</source>
        <translation>grant</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/common.py" line="32"/>
        <location filename="../../edulab_app/ui/plan/common.py" line="45"/>
        <source>program rządowy</source>
        <translation>government programme</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/common.py" line="36"/>
        <source>przyjęte</source>
        <translation>adopted</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/common.py" line="36"/>
        <source>w toku</source>
        <translation>in progress</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/common.py" line="36"/>
        <source>zamknięte</source>
        <translation>closed</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/common.py" line="40"/>
        <source>zgłoszenie anonimowe</source>
        <translation>anonymous report</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/common.py" line="40"/>
        <source>uczeń</source>
        <translation>pupil</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/common.py" line="40"/>
        <source>rodzic lub opiekun</source>
        <translation>parent or guardian</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/common.py" line="41"/>
        <source>pracownik szkoły</source>
        <translation>school employee</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/common.py" line="45"/>
        <source>polski</source>
        <translation>Polish</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/common.py" line="45"/>
        <source>ukraiński</source>
        <translation>Ukrainian</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/common.py" line="45"/>
        <source>angielski</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/common.py" line="45"/>
        <source>rosyjski</source>
        <translation>Russian</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/common.py" line="55"/>
        <source>Błędy w formularzu</source>
        <translation>Errors in the form</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/common.py" line="64"/>
        <source>Nie zapisano — popraw:</source>
        <translation>Not saved — correct:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/common.py" line="75"/>
        <source>Dokument PDF (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/common.py" line="50"/>
        <source>działanie</source>
        <translation>action</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/common.py" line="50"/>
        <source>szkolenie</source>
        <translation>training</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/common.py" line="65"/>
        <source>sty</source>
        <translation>Jan</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/common.py" line="65"/>
        <source>lut</source>
        <translation>Feb</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/common.py" line="65"/>
        <source>mar</source>
        <translation>Mar</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/common.py" line="65"/>
        <source>kwi</source>
        <translation>Apr</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/common.py" line="65"/>
        <location filename="../../edulab_app/ui/plan/common.py" line="70"/>
        <source>maj</source>
        <translation>May</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/common.py" line="65"/>
        <source>cze</source>
        <translation>Jun</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/common.py" line="65"/>
        <source>lip</source>
        <translation>Jul</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/common.py" line="65"/>
        <source>sie</source>
        <translation>Aug</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/common.py" line="65"/>
        <source>wrz</source>
        <translation>Sep</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/common.py" line="66"/>
        <source>paź</source>
        <translation>Oct</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/common.py" line="66"/>
        <source>lis</source>
        <translation>Nov</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/common.py" line="66"/>
        <source>gru</source>
        <translation>Dec</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/common.py" line="70"/>
        <source>styczeń</source>
        <translation>January</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/common.py" line="70"/>
        <source>luty</source>
        <translation>February</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/common.py" line="70"/>
        <source>marzec</source>
        <translation>March</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/common.py" line="70"/>
        <source>kwiecień</source>
        <translation>April</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/common.py" line="70"/>
        <source>czerwiec</source>
        <translation>June</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/common.py" line="70"/>
        <source>lipiec</source>
        <translation>July</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/common.py" line="71"/>
        <source>sierpień</source>
        <translation>August</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/common.py" line="71"/>
        <source>wrzesień</source>
        <translation>September</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/common.py" line="71"/>
        <source>październik</source>
        <translation>October</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/common.py" line="71"/>
        <source>listopad</source>
        <translation>November</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/common.py" line="71"/>
        <source>grudzień</source>
        <translation>December</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/document.py" line="136"/>
        <source>Utworzono nowy plan.</source>
        <translation>New plan created.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/document.py" line="175"/>
        <source>Zapisano odpowiedź na uwagę eksperta.</source>
        <translation>Reply to the expert comment saved.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/document.py" line="202"/>
        <source>Zapisano: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/document.py" line="234"/>
        <source>Zapisano ustawienia planu.</source>
        <translation>Plan settings saved.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/document.py" line="240"/>
        <source>Dodanie osoby: %1</source>
        <translation>Adding a person: %1</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/document.py" line="274"/>
        <source>Zapisano zmiany w kadrze.</source>
        <translation>Staff changes saved.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/editor.py" line="63"/>
        <source>Nazwa działania</source>
        <translation>Action name</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/editor.py" line="63"/>
        <source>Opis</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/editor.py" line="63"/>
        <source>Początek</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/editor.py" line="63"/>
        <source>Koniec</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/editor.py" line="64"/>
        <source>Osoba odpowiedzialna</source>
        <translation>Person responsible</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/editor.py" line="64"/>
        <source>Osoby zaangażowane</source>
        <translation>People involved</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/editor.py" line="65"/>
        <source>Koszty planowane</source>
        <translation>Planned costs</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/editor.py" line="65"/>
        <source>Wskaźniki</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/editor.py" line="65"/>
        <source>Podstawa prawna</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/editor.py" line="66"/>
        <source>Szkolenia potrzebne wcześniej</source>
        <translation>Training needed beforehand</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/editor.py" line="66"/>
        <source>Liczba uczniów</source>
        <translation>Number of pupils</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/editor.py" line="67"/>
        <source>Liczba grup</source>
        <translation>Number of groups</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/editor.py" line="67"/>
        <source>Godziny tygodniowo (na grupę)</source>
        <translation>Hours per week (per group)</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/editor.py" line="68"/>
        <source>Liczba jednostek</source>
        <translation>Number of units</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/editor.py" line="68"/>
        <source>Liczba uczestników</source>
        <translation>Number of participants</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/gantt.py" line="63"/>
        <source>Harmonogram działań (wykres Gantta)</source>
        <translation>Action schedule (Gantt chart)</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/gantt.py" line="81"/>
        <source>Działań: %1; okres: %2</source>
        <translation>Actions: %1; period: %2</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/gantt.py" line="189"/>
        <source>Brak planu.</source>
        <translation>No plan.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/gantt.py" line="241"/>
        <source>przygot.</source>
        <translation>prep.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/gantt.py" line="323"/>
        <source>Odpowiada: %1</source>
        <translation>Responsible: %1</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/gantt.py" line="324"/>
        <source>Koszt planowany: %1</source>
        <translation>Planned cost: %1</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/gantt.py" line="326"/>
        <source>Faktycznie: %1 – %2</source>
        <translation>Actual: %1 – %2</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/staff_tab.py" line="87"/>
        <source>%1, %2; limit %3 godz. tygodniowo</source>
        <translation>%1, %2; limit %3 h per week</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/staff_tab.py" line="127"/>
        <source>%1 — %2: %3 godz. tygodniowo (limit %4)</source>
        <translation>%1 — %2: %3 h per week (limit %4)</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/common.py" line="41"/>
        <source>inna osoba</source>
        <translation>other person</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/schools_tab.py" line="50"/>
        <source>nowy</source>
        <translation>new</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/schools_tab.py" line="50"/>
        <source>w przeglądzie</source>
        <translation>under review</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/schools_tab.py" line="50"/>
        <source>zwrócony</source>
        <translation>returned</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/schools_tab.py" line="51"/>
        <source>zaakceptowany</source>
        <translation>accepted</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/schools_tab.py" line="66"/>
        <source>RSPO</source>
        <translation>RSPO</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/schools_tab.py" line="66"/>
        <source>Szkoła</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/schools_tab.py" line="66"/>
        <source>Powiat</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/schools_tab.py" line="66"/>
        <source>Uczniowie z dośw. migracji</source>
        <translation>Pupils w/ migration exp.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/schools_tab.py" line="66"/>
        <source>Najważniejsze priorytety</source>
        <translation>Top priorities</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/schools_tab.py" line="67"/>
        <source>Koszt planu na rok</source>
        <translation>Plan cost per year</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/schools_tab.py" line="67"/>
        <source>Uwagi kontroli</source>
        <translation>Check findings</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/schools_tab.py" line="67"/>
        <source>Stan przeglądu</source>
        <translation>Review status</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/schools_tab.py" line="114"/>
        <source>Razem: %1</source>
        <translation>Total: %1</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/schools_tab.py" line="118"/>
        <source>Pakietów: %1</source>
        <translation>Packages: %1</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/review_comments.py" line="38"/>
        <source>nowy — ekspert jeszcze nie przeglądał planu</source>
        <translation>new — the expert has not reviewed the plan yet</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/review_comments.py" line="38"/>
        <source>w przeglądzie u eksperta</source>
        <translation>under review by the expert</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/review_comments.py" line="39"/>
        <source>zwrócony szkole do poprawy</source>
        <translation>returned to the school for correction</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/review_comments.py" line="39"/>
        <source>zaakceptowany przez eksperta</source>
        <translation>accepted by the expert</translation>
    </message>
</context>
<context>
    <name>ActionCommentsBox</name>
    <message>
        <location filename="../../edulab_app/ui/plan/review_comments.py" line="248"/>
        <source>Uwagi eksperta EDUlab do działania</source>
        <translation>EDUlab expert comments on the action</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/review_comments.py" line="260"/>
        <source>Uwagi eksperta EDUlab (%1)</source>
        <translation>EDUlab expert comments (%1)</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/review_comments.py" line="262"/>
        <source>bez odpowiedzi: %1</source>
        <translation>unanswered: %1</translation>
    </message>
</context>
<context>
    <name>ActionEditor</name>
    <message>
        <location filename="../../edulab_app/ui/plan/editor.py" line="143"/>
        <source>Błędy w działaniu</source>
        <translation>Errors in the action</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/editor.py" line="180"/>
        <source>&amp;Termin (od – do)</source>
        <translation>&amp;Dates (from – to)</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/editor.py" line="183"/>
        <source>Osoba &amp;odpowiedzialna</source>
        <translation>Person &amp;responsible</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/editor.py" line="186"/>
        <source>Skala działania</source>
        <translation>Scale of the action</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/editor.py" line="206"/>
        <source>Osoba</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/editor.py" line="206"/>
        <source>Rola</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/editor.py" line="206"/>
        <source>Godz./tydz.</source>
        <translation>H/week</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/editor.py" line="213"/>
        <source>Kategoria</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/editor.py" line="213"/>
        <source>Źródło</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/editor.py" line="213"/>
        <source>Rok szkolny</source>
        <translation>School year</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/editor.py" line="213"/>
        <source>Ilość</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/editor.py" line="214"/>
        <source>Cena jedn. (zł)</source>
        <translation>Unit price (zł)</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/editor.py" line="214"/>
        <source>Kwota</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/editor.py" line="214"/>
        <source>Opis</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/editor.py" line="229"/>
        <source>Wskaźnik</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/editor.py" line="229"/>
        <source>Sposób monitorowania</source>
        <translation>Monitoring method</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/editor.py" line="230"/>
        <source>Wartość docelowa</source>
        <translation>Target value</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/editor.py" line="235"/>
        <source>Uzasadnienie i podstawa prawna</source>
        <translation>Rationale and legal basis</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/editor.py" line="265"/>
        <source>&lt;i&gt;Wybierz działanie z listy (dwuklik lub Enter), aby je edytować.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Select an action from the list (double-click or Enter) to edit it.&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/editor.py" line="278"/>
        <source>Dodaj wiersz</source>
        <translation>Add row</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/editor.py" line="279"/>
        <source>Dodaj wiersz: %1</source>
        <translation>Add row: %1</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/editor.py" line="281"/>
        <source>Usuń zaznaczony wiersz</source>
        <translation>Delete selected row</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/editor.py" line="282"/>
        <source>Usuń wiersz: %1</source>
        <translation>Delete row: %1</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/editor.py" line="332"/>
        <source>%1 · rok szkolny %2 · status: %3 · identyfikator %4</source>
        <translation>%1 · school year %2 · status: %3 · ID %4</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/editor.py" line="344"/>
        <source>— nikt —</source>
        <translation>— no one —</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/editor.py" line="396"/>
        <source>Razem: %1</source>
        <translation>Total: %1</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/editor.py" line="420"/>
        <source>&lt;b&gt;Odpowiada na priorytety diagnozy:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Addresses diagnosis priorities:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/editor.py" line="422"/>
        <source>&lt;b&gt;Dlaczego:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Why:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/editor.py" line="431"/>
        <source> do %1</source>
        <translation> until %1</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/editor.py" line="432"/>
        <source>%1 (obowiązuje od %2%3)</source>
        <translation>%1 (valid from %2%3)</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/editor.py" line="436"/>
        <source>&lt;b&gt;Szkolenia potrzebne przed rozpoczęciem:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Training needed before starting:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/editor.py" line="443"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/editor.py" line="555"/>
        <source>Wszystkie osoby z kadry są już przypisane.</source>
        <translation>All staff members are already assigned.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/editor.py" line="571"/>
        <source>Nowy wskaźnik</source>
        <translation>New indicator</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/editor.py" line="601"/>
        <source>Nie zapisano — popraw:</source>
        <translation>Not saved — correct:</translation>
    </message>
</context>
<context>
    <name>ActionsTab</name>
    <message>
        <location filename="../../edulab_app/ui/plan/actions_tab.py" line="34"/>
        <source>&amp;Rok:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/actions_tab.py" line="34"/>
        <source>Filtr: rok szkolny</source>
        <translation>Filter: school year</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/actions_tab.py" line="35"/>
        <source>&amp;Obszar / priorytet:</source>
        <translation>&amp;Area / priority:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/actions_tab.py" line="35"/>
        <source>Filtr: obszar lub priorytet</source>
        <translation>Filter: area or priority</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/actions_tab.py" line="38"/>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/actions_tab.py" line="38"/>
        <source>Filtr: status</source>
        <translation>Filter: status</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/actions_tab.py" line="39"/>
        <source>O&amp;soba:</source>
        <translation>Pe&amp;rson:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/actions_tab.py" line="39"/>
        <source>Filtr: osoba</source>
        <translation>Filter: person</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/actions_tab.py" line="43"/>
        <source>Szukaj w nazwie i opisie…</source>
        <translation>Search in name and description…</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/actions_tab.py" line="44"/>
        <source>Filtr: wyszukiwanie tekstu</source>
        <translation>Filter: text search</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/actions_tab.py" line="47"/>
        <source>tylko z uwagami &amp;eksperta</source>
        <translation>only with &amp;expert comments</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/actions_tab.py" line="48"/>
        <source>Filtr: tylko działania z uwagami eksperta EDUlab</source>
        <translation>Filter: only actions with EDUlab expert comments</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/actions_tab.py" line="51"/>
        <source>Wyczyść filtry</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/actions_tab.py" line="61"/>
        <source>Lista działań planu</source>
        <translation>List of plan actions</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/actions_tab.py" line="77"/>
        <source>Liczba pokazanych działań</source>
        <translation>Number of actions shown</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/actions_tab.py" line="136"/>
        <location filename="../../edulab_app/ui/plan/actions_tab.py" line="139"/>
        <location filename="../../edulab_app/ui/plan/actions_tab.py" line="152"/>
        <location filename="../../edulab_app/ui/plan/actions_tab.py" line="155"/>
        <source>wszystkie</source>
        <translation>all</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/actions_tab.py" line="140"/>
        <source>tylko szkolenia</source>
        <translation>training only</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/actions_tab.py" line="147"/>
        <source>Obszar: %1</source>
        <translation>Area: %1</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/actions_tab.py" line="150"/>
        <source>Priorytet %1: %2</source>
        <translation>Priority %1: %2</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/actions_tab.py" line="211"/>
        <source>Pokazano %1 z %2 działań.</source>
        <translation>Showing %1 of %2 actions.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../edulab_app/ui/app.py" line="42"/>
        <location filename="../../edulab_app/ui/app.py" line="47"/>
        <source>Baza danych uszkodzona</source>
        <translation>Database damaged</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/app.py" line="43"/>
        <source>Nie znaleziono kopii zapasowych.</source>
        <translation>No backups were found.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/app.py" line="48"/>
        <source>Wybierz kopię zapasową do przywrócenia:</source>
        <translation>Choose a backup to restore:</translation>
    </message>
</context>
<context>
    <name>AreaScoreChart</name>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/report.py" line="74"/>
        <source>Wykres: zasoby i potrzeby w obszarach diagnozy</source>
        <translation>Chart: resources and needs in the diagnosis areas</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/report.py" line="79"/>
        <source>Zasoby (więcej = lepiej wyposażona szkoła)</source>
        <translation>Resources (higher = better-equipped school)</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/report.py" line="80"/>
        <source>Potrzeby (więcej = pilniejsze)</source>
        <translation>Needs (higher = more urgent)</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/report.py" line="82"/>
        <source>Zasoby w roku %1</source>
        <translation>Resources in %1</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/report.py" line="106"/>
        <source>%1. %2: zasoby %3, potrzeby %4</source>
        <translation>%1. %2: resources %3, needs %4</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/report.py" line="109"/>
        <source> (zasoby rok wcześniej: %1)</source>
        <translation> (resources a year earlier: %1)</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/report.py" line="178"/>
        <source>brak danych</source>
        <translation>no data</translation>
    </message>
</context>
<context>
    <name>Areas</name>
    <message>
        <location filename="../../edulab_app/ui/areas.py" line="31"/>
        <source>Szkoła</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/areas.py" line="32"/>
        <source>Diagnoza i plan</source>
        <translation>Diagnosis and plan</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/areas.py" line="33"/>
        <source>Wsparcie (dane chronione)</source>
        <translation>Support (protected data)</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/areas.py" line="34"/>
        <source>Bezpieczna i włączająca szkoła</source>
        <translation>Safe and inclusive school</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/areas.py" line="40"/>
        <source>Profil szkoły</source>
        <translation>School profile</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/areas.py" line="41"/>
        <source>Diagnoza</source>
        <translation>Diagnosis</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/areas.py" line="42"/>
        <source>Wyniki diagnozy</source>
        <translation>Diagnosis results</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/areas.py" line="44"/>
        <source>Plan działania</source>
        <translation>Action plan</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/areas.py" line="46"/>
        <source>Komitet powitalny</source>
        <translation>Welcome committee</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/areas.py" line="48"/>
        <source>Asystenci</source>
        <translation>Assistants</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/areas.py" line="50"/>
        <source>Uczniowie</source>
        <translation>Pupils</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/areas.py" line="52"/>
        <source>Opinie i orzeczenia</source>
        <translation>Opinions and decisions</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/areas.py" line="54"/>
        <source>Tydzień dla wszystkich</source>
        <translation>A Week for Everyone</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/areas.py" line="56"/>
        <source>Bezpieczna szkoła</source>
        <translation>Safe School</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/areas.py" line="58"/>
        <source>Zgłoszenia incydentów</source>
        <translation>Incident reports</translation>
    </message>
</context>
<context>
    <name>AssessmentsPage</name>
    <message>
        <location filename="../../edulab_app/ui/tracking/assessments_page.py" line="96"/>
        <source>Opinie i orzeczenia</source>
        <translation>Opinions and decisions</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assessments_page.py" line="99"/>
        <source>Opinie i orzeczenia poradni psychologiczno-pedagogicznej to dane o zdrowiu. Pliki PDF są przechowywane w postaci zaszyfrowanej; każde otwarcie odnotowuje dziennik dostępu. Przy orzeczeniu IPET trzeba opracować w ciągu 30 dni od doręczenia.</source>
        <translation>Opinions and decisions of the pedagogical-psychological clinic are health data. PDF files are stored encrypted; every opening is recorded in the access log. With a decision, an IPET must be prepared within 30 days of delivery.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assessments_page.py" line="104"/>
        <source>Opinie i orzeczenia widzą tylko dyrektor, koordynator i specjalista poradni.</source>
        <translation>Opinions and decisions are visible only to the director, the coordinator and the clinic specialist.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assessments_page.py" line="119"/>
        <source>Nr</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assessments_page.py" line="119"/>
        <location filename="../../edulab_app/ui/tracking/assessments_page.py" line="148"/>
        <source>Uczeń</source>
        <translation>Pupil</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assessments_page.py" line="119"/>
        <source>Rodzaj</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assessments_page.py" line="119"/>
        <location filename="../../edulab_app/ui/tracking/assessments_page.py" line="154"/>
        <source>Poradnia</source>
        <translation>Clinic</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assessments_page.py" line="120"/>
        <source>Wydano</source>
        <translation>Issued</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assessments_page.py" line="120"/>
        <source>Doręczono</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assessments_page.py" line="120"/>
        <source>IPET do</source>
        <translation>IPET due</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assessments_page.py" line="120"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assessments_page.py" line="121"/>
        <source>Lista opinii i orzeczeń</source>
        <translation>List of opinions and decisions</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assessments_page.py" line="126"/>
        <source>Terminy IPET po czasie</source>
        <translation>Overdue IPET deadlines</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assessments_page.py" line="128"/>
        <source>&amp;Otwórz PDF</source>
        <translation>&amp;Open PDF</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assessments_page.py" line="130"/>
        <source>Usuń &amp;kopie tymczasowe</source>
        <translation>Delete &amp;temporary copies</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assessments_page.py" line="131"/>
        <source>Usuń odszyfrowane kopie otwarte w przeglądarce PDF</source>
        <translation>Delete decrypted copies opened in the PDF viewer</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assessments_page.py" line="133"/>
        <source>&amp;IPET opracowany</source>
        <translation>&amp;IPET prepared</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assessments_page.py" line="141"/>
        <source>Zalecenia wybranego dokumentu</source>
        <translation>Recommendations of the selected document</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assessments_page.py" line="145"/>
        <source>Dołącz opinię lub orzeczenie</source>
        <translation>Attach an opinion or decision</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assessments_page.py" line="152"/>
        <source>Rodzaj dokumentu</source>
        <translation>Document type</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assessments_page.py" line="156"/>
        <source>Data wydania</source>
        <translation>Issue date</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assessments_page.py" line="158"/>
        <source>Data doręczenia</source>
        <translation>Delivery date</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assessments_page.py" line="160"/>
        <source>Zalecenie</source>
        <translation>Recommendation</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assessments_page.py" line="160"/>
        <source>Forma wsparcia</source>
        <translation>Form of support</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assessments_page.py" line="165"/>
        <source>Zalecenia</source>
        <translation>Recommendations</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assessments_page.py" line="168"/>
        <source>Dodaj &amp;zalecenie</source>
        <translation>Add &amp;recommendation</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assessments_page.py" line="170"/>
        <source>Usuń zalecenie</source>
        <translation>Delete recommendation</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assessments_page.py" line="176"/>
        <location filename="../../edulab_app/ui/tracking/assessments_page.py" line="281"/>
        <source>nie wybrano pliku</source>
        <translation>no file selected</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assessments_page.py" line="177"/>
        <source>Wybrany plik PDF</source>
        <translation>Selected PDF file</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assessments_page.py" line="178"/>
        <source>&amp;Wybierz plik PDF…</source>
        <translation>&amp;Choose PDF file…</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assessments_page.py" line="182"/>
        <source>&amp;Dołącz</source>
        <translation>&amp;Attach</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assessments_page.py" line="184"/>
        <source>&amp;Uczeń:</source>
        <translation>&amp;Pupil:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assessments_page.py" line="185"/>
        <source>&amp;Rodzaj:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assessments_page.py" line="186"/>
        <source>&amp;Poradnia:</source>
        <translation>&amp;Clinic:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assessments_page.py" line="187"/>
        <source>Data &amp;wydania:</source>
        <translation>Date of &amp;issue:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assessments_page.py" line="188"/>
        <source>Data &amp;doręczenia:</source>
        <translation>Date of &amp;delivery:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assessments_page.py" line="189"/>
        <source>Zalecenia:</source>
        <translation>Recommendations:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assessments_page.py" line="191"/>
        <source>Plik:</source>
        <translation>File:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assessments_page.py" line="204"/>
        <source>(bez formy wsparcia)</source>
        <translation>(no form of support)</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assessments_page.py" line="207"/>
        <source>Forma wsparcia zalecenia</source>
        <translation>Recommended form of support</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assessments_page.py" line="233"/>
        <source> — po terminie</source>
        <translation> — overdue</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assessments_page.py" line="234"/>
        <source> (opracowany)</source>
        <translation> (prepared)</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assessments_page.py" line="236"/>
        <source>%1 str.</source>
        <translation>%1 pp.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assessments_page.py" line="236"/>
        <source>brak</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assessments_page.py" line="240"/>
        <source>IPET po terminie: %1</source>
        <translation>IPET overdue: %1</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assessments_page.py" line="261"/>
        <source>Wybierz dokument z listy, aby zobaczyć zalecenia.</source>
        <translation>Select a document from the list to see the recommendations.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assessments_page.py" line="264"/>
        <source>&lt;b&gt;Zalecenia (%1, %2):&lt;/b&gt;</source>
        <translation>&lt;b&gt;Recommendations (%1, %2):&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assessments_page.py" line="269"/>
        <source>(brak zaleceń)</source>
        <translation>(no recommendations)</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assessments_page.py" line="274"/>
        <source>Wybierz plik PDF z opinią lub orzeczeniem</source>
        <translation>Choose the PDF file with the opinion or decision</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assessments_page.py" line="275"/>
        <source>Dokument PDF (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assessments_page.py" line="295"/>
        <source>Nie można odczytać pliku %1 (%2).</source>
        <translation>Cannot read file %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assessments_page.py" line="309"/>
        <source>Dołączono dokument nr %1 dla ucznia %2.</source>
        <translation>Document no. %1 attached for pupil %2.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assessments_page.py" line="311"/>
        <source> IPET do %1.</source>
        <translation> IPET due by %1.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assessments_page.py" line="325"/>
        <source>Nie znaleziono programu do otwierania plików PDF.</source>
        <translation>No program found for opening PDF files.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assessments_page.py" line="327"/>
        <source>Otwarto odszyfrowaną kopię w przeglądarce PDF. Kopia zostanie usunięta po zamknięciu tej strony lub programu (albo przyciskiem „Usuń kopie tymczasowe”).</source>
        <translation>A decrypted copy has been opened in the PDF viewer. The copy will be deleted when this page or the program is closed (or with the “Delete temporary copies” button).</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assessments_page.py" line="335"/>
        <source>Usunięto kopie tymczasowe: %1.</source>
        <translation>Temporary copies deleted: %1.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assessments_page.py" line="337"/>
        <source>%1 kopii jest wciąż otwartych w innym programie — zamknij go i spróbuj ponownie.</source>
        <translation>%1 copies are still open in another program — close it and try again.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assessments_page.py" line="347"/>
        <source>IPET opracowuje się tylko na podstawie orzeczenia.</source>
        <translation>An IPET is prepared only on the basis of a decision.</translation>
    </message>
</context>
<context>
    <name>AssistantsPage</name>
    <message>
        <location filename="../../edulab_app/ui/tracking/assistants_page.py" line="45"/>
        <source>Asystenci</source>
        <translation>Assistants</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assistants_page.py" line="48"/>
        <source>Asystenci uczniów z doświadczeniem migracji: pomoc nauczyciela władająca językiem ucznia (najwyżej 12 miesięcy na ucznia) albo asystent międzykulturowy (od 1 września 2024 r.).</source>
        <translation>Assistants for pupils with migration experience: a teacher&apos;s assistant who speaks the pupil&apos;s language (up to 12 months per pupil) or an intercultural assistant (since 1 September 2024).</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assistants_page.py" line="55"/>
        <source>Nr</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assistants_page.py" line="55"/>
        <source>Imię i nazwisko</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assistants_page.py" line="55"/>
        <source>Podstawa</source>
        <translation>Basis</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assistants_page.py" line="55"/>
        <source>Języki</source>
        <translation>Languages</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assistants_page.py" line="56"/>
        <source>Umowa</source>
        <translation>Contract</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assistants_page.py" line="56"/>
        <source>Godz./tydz.</source>
        <translation>H/week</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assistants_page.py" line="56"/>
        <source>Uczniowie</source>
        <translation>Pupils</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assistants_page.py" line="57"/>
        <source>Godz. z uczniami</source>
        <translation>Hours with pupils</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assistants_page.py" line="57"/>
        <source>Finansowanie</source>
        <translation>Funding</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assistants_page.py" line="58"/>
        <source>Lista asystentów</source>
        <translation>List of assistants</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assistants_page.py" line="61"/>
        <source>Asystent</source>
        <translation>Assistant</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assistants_page.py" line="64"/>
        <source>Imię i nazwisko asystenta</source>
        <translation>Assistant&apos;s full name</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assistants_page.py" line="68"/>
        <source>Podstawa zatrudnienia</source>
        <translation>Basis of employment</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assistants_page.py" line="70"/>
        <source>kody po przecinku, np. uk, ru, pl</source>
        <translation>comma-separated codes, e.g. uk, ru, pl</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assistants_page.py" line="71"/>
        <source>Języki asystenta</source>
        <translation>Assistant&apos;s languages</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assistants_page.py" line="73"/>
        <source>Umowa od</source>
        <translation>Contract from</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assistants_page.py" line="75"/>
        <source>Umowa do</source>
        <translation>Contract until</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assistants_page.py" line="79"/>
        <source>Godziny tygodniowo w umowie</source>
        <translation>Hours per week in the contract</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assistants_page.py" line="83"/>
        <source>Źródło finansowania</source>
        <translation>Funding source</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assistants_page.py" line="84"/>
        <source>&amp;Imię i nazwisko:</source>
        <translation>&amp;Full name:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assistants_page.py" line="85"/>
        <source>&amp;Podstawa:</source>
        <translation>&amp;Basis:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assistants_page.py" line="86"/>
        <source>&amp;Języki:</source>
        <translation>&amp;Languages:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assistants_page.py" line="87"/>
        <source>Umowa &amp;od:</source>
        <translation>Contract &amp;from:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assistants_page.py" line="88"/>
        <source>Umowa d&amp;o:</source>
        <translation>Contract un&amp;til:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assistants_page.py" line="89"/>
        <source>&amp;Godziny tygodniowo:</source>
        <translation>&amp;Hours per week:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assistants_page.py" line="90"/>
        <source>&amp;Finansowanie:</source>
        <translation>&amp;Funding:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assistants_page.py" line="92"/>
        <source>&amp;Nowy</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assistants_page.py" line="94"/>
        <source>&amp;Zapisz asystenta</source>
        <translation>&amp;Save assistant</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assistants_page.py" line="101"/>
        <source>Uwagi:</source>
        <translation>Remarks:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assistants_page.py" line="102"/>
        <source>Uwagi dotyczące asystentów</source>
        <translation>Findings on assistants</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assistants_page.py" line="122"/>
        <source>Zatrudnienie asystentów jest zgodne z regułami.</source>
        <translation>Assistant employment complies with the rules.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assistants_page.py" line="170"/>
        <source>Zapisano asystenta %1.</source>
        <translation>Assistant %1 saved.</translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <location filename="../../edulab_app/ui/account_dialogs.py" line="133"/>
        <source>Dziennik zdarzeń</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/account_dialogs.py" line="136"/>
        <source>Każdy odczyt i każda zmiana danych chronionych (uczniowie, opinie i orzeczenia, konta) zostawia tu ślad. Wpisów nie można zmienić ani usunąć.</source>
        <translation>Every read and every change of protected data (pupils, opinions and decisions, accounts) leaves a trace here. Entries cannot be changed or deleted.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/account_dialogs.py" line="142"/>
        <source>użytkownik</source>
        <translation>user</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/account_dialogs.py" line="143"/>
        <source>Filtr: użytkownik</source>
        <translation>Filter: user</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/account_dialogs.py" line="145"/>
        <source>rekord, np. U-7K2QF9A1</source>
        <translation>record, e.g. U-7K2QF9A1</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/account_dialogs.py" line="146"/>
        <source>Filtr: rekord</source>
        <translation>Filter: record</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/account_dialogs.py" line="147"/>
        <source>&amp;Pokaż</source>
        <translation>&amp;Show</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/account_dialogs.py" line="149"/>
        <source>&amp;Sprawdź spójność dziennika</source>
        <translation>&amp;Check log integrity</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/account_dialogs.py" line="154"/>
        <source>Kiedy</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/account_dialogs.py" line="154"/>
        <source>Kto</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/account_dialogs.py" line="154"/>
        <source>Rola</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/account_dialogs.py" line="154"/>
        <source>Zdarzenie</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/account_dialogs.py" line="155"/>
        <source>Rodzaj rekordu</source>
        <translation>Record type</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/account_dialogs.py" line="155"/>
        <source>Rekord</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/account_dialogs.py" line="155"/>
        <source>Szczegóły</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/account_dialogs.py" line="156"/>
        <source>Wpisy dziennika zdarzeń</source>
        <translation>Audit log entries</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/account_dialogs.py" line="176"/>
        <source>Wpisów: %1</source>
        <translation>Entries: %1</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/account_dialogs.py" line="181"/>
        <source>Dziennik naruszony</source>
        <translation>Log integrity violated</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/account_dialogs.py" line="183"/>
        <source>Dziennik jest spójny: żaden wpis nie został zmieniony ani usunięty.</source>
        <translation>The log is consistent: no entry has been changed or deleted.</translation>
    </message>
</context>
<context>
    <name>CommentCard</name>
    <message>
        <location filename="../../edulab_app/ui/plan/review_comments.py" line="99"/>
        <source>Uwaga eksperta</source>
        <translation>Expert comment</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/review_comments.py" line="103"/>
        <source>Odpowiedź szkoły… (Ctrl+Enter zapisuje)</source>
        <translation>School&apos;s reply… (Ctrl+Enter saves)</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/review_comments.py" line="104"/>
        <source>Odpowiedź na uwagę eksperta: %1</source>
        <translation>Reply to the expert comment: %1</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/review_comments.py" line="111"/>
        <source>Zapisz odpowiedź</source>
        <translation>Save reply</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/review_comments.py" line="112"/>
        <source>Zapisz odpowiedź na uwagę: %1</source>
        <translation>Save reply to comment: %1</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/review_comments.py" line="117"/>
        <source>Stan odpowiedzi</source>
        <translation>Reply status</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/review_comments.py" line="123"/>
        <source>Błąd odpowiedzi</source>
        <translation>Reply error</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/review_comments.py" line="133"/>
        <source>Ekspert EDUlab</source>
        <translation>EDUlab expert</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/review_comments.py" line="142"/>
        <source>✓ Odpowiedź zapisana %1</source>
        <translation>✓ Reply saved %1</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/review_comments.py" line="145"/>
        <source>Bez odpowiedzi</source>
        <translation>Unanswered</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/review_comments.py" line="150"/>
        <source>Uwaga eksperta z %1, %2</source>
        <translation>Expert comment of %1, %2</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/review_comments.py" line="151"/>
        <source>z odpowiedzią szkoły</source>
        <translation>with the school&apos;s reply</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/review_comments.py" line="152"/>
        <source>bez odpowiedzi</source>
        <translation>unanswered</translation>
    </message>
</context>
<context>
    <name>CommitteePage</name>
    <message>
        <location filename="../../edulab_app/ui/tracking/committee_page.py" line="48"/>
        <source>Komitet powitalny</source>
        <translation>Welcome committee</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/committee_page.py" line="51"/>
        <source>Komitet powitalny włącza rodziny z doświadczeniem migracji w życie szkoły: nauczyciel, rodzice polscy i z doświadczeniem migracji, uczniowie-ambasadorzy, asystent.</source>
        <translation>The welcome committee brings families with migration experience into school life: a teacher, Polish parents and parents with migration experience, pupil ambassadors, an assistant.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/committee_page.py" line="59"/>
        <source>&amp;Rok szkolny:</source>
        <translation>&amp;School year:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/committee_page.py" line="61"/>
        <source>Rok szkolny komitetu</source>
        <translation>Committee school year</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/committee_page.py" line="70"/>
        <source>Zaległe kroki powitania</source>
        <translation>Overdue welcome steps</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/committee_page.py" line="77"/>
        <source>Członkowie</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/committee_page.py" line="79"/>
        <source>Imię i nazwisko</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/committee_page.py" line="79"/>
        <source>Rola</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/committee_page.py" line="79"/>
        <source>Języki</source>
        <translation>Languages</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/committee_page.py" line="80"/>
        <source>Członkowie komitetu</source>
        <translation>Committee members</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/committee_page.py" line="86"/>
        <source>Rola nowego członka</source>
        <translation>New member&apos;s role</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/committee_page.py" line="88"/>
        <source>imię i nazwisko</source>
        <translation>full name</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/committee_page.py" line="89"/>
        <source>Imię i nazwisko nowego członka</source>
        <translation>New member&apos;s full name</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/committee_page.py" line="91"/>
        <source>języki, np. uk, pl</source>
        <translation>languages, e.g. uk, pl</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/committee_page.py" line="92"/>
        <source>Języki nowego członka</source>
        <translation>New member&apos;s languages</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/committee_page.py" line="93"/>
        <source>Dodaj &amp;członka</source>
        <translation>Add &amp;member</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/committee_page.py" line="100"/>
        <source>Spotkania</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/committee_page.py" line="102"/>
        <source>Data</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/committee_page.py" line="102"/>
        <source>Temat</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/committee_page.py" line="102"/>
        <source>Notatki</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/committee_page.py" line="103"/>
        <source>Spotkania komitetu</source>
        <translation>Committee meetings</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/committee_page.py" line="107"/>
        <source>Data spotkania</source>
        <translation>Meeting date</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/committee_page.py" line="109"/>
        <source>temat</source>
        <translation>topic</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/committee_page.py" line="110"/>
        <source>Temat spotkania</source>
        <translation>Meeting topic</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/committee_page.py" line="112"/>
        <source>notatki (szyfrowane)</source>
        <translation>notes (encrypted)</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/committee_page.py" line="113"/>
        <source>Notatki ze spotkania</source>
        <translation>Meeting notes</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/committee_page.py" line="114"/>
        <source>Zapisz &amp;spotkanie</source>
        <translation>Save &amp;meeting</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/committee_page.py" line="121"/>
        <location filename="../../edulab_app/ui/tracking/committee_page.py" line="125"/>
        <source>Rodziny przyjęte przez komitet</source>
        <translation>Families welcomed by the committee</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/committee_page.py" line="123"/>
        <source>Kod rodziny</source>
        <translation>Family code</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/committee_page.py" line="123"/>
        <source>Język</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/committee_page.py" line="123"/>
        <source>Przyjazd</source>
        <translation>Arrival</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/committee_page.py" line="124"/>
        <source>Wykonane kroki</source>
        <translation>Completed steps</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/committee_page.py" line="124"/>
        <source>Zaległe</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/committee_page.py" line="131"/>
        <source>język rodziny, np. uk</source>
        <translation>family language, e.g. uk</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/committee_page.py" line="132"/>
        <source>Język rodziny</source>
        <translation>Family language</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/committee_page.py" line="134"/>
        <source>Data przyjazdu rodziny</source>
        <translation>Family arrival date</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/committee_page.py" line="135"/>
        <source>Przyjmij &amp;rodzinę</source>
        <translation>Welcome a &amp;family</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/committee_page.py" line="143"/>
        <source>Lista kroków wybranej rodziny</source>
        <translation>List of steps for the selected family</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/committee_page.py" line="146"/>
        <source>Kroki powitania rodziny (zaznacz wykonane)</source>
        <translation>Family welcome steps (tick those completed)</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/committee_page.py" line="149"/>
        <source>Zaznaczenie kroku zapisuje go jako wykonany dzisiaj.</source>
        <translation>Ticking a step records it as completed today.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/committee_page.py" line="183"/>
        <source>Zaległe kroki: %1</source>
        <translation>Overdue steps: %1</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/committee_page.py" line="200"/>
        <source>wykonano %1</source>
        <translation>completed %1</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/committee_page.py" line="201"/>
        <source>termin %1</source>
        <translation>deadline %1</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/committee_page.py" line="208"/>
        <source>(zaległy)</source>
        <translation>(overdue)</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/committee_page.py" line="233"/>
        <source>Dodano członka komitetu.</source>
        <translation>Committee member added.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/committee_page.py" line="248"/>
        <source>Zapisano spotkanie.</source>
        <translation>Meeting saved.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/committee_page.py" line="262"/>
        <source>Przyjęto rodzinę %1; lista kroków ma terminy od daty przyjazdu.</source>
        <translation>Family %1 welcomed; the list of steps has deadlines counted from the arrival date.</translation>
    </message>
</context>
<context>
    <name>CostsTab</name>
    <message>
        <location filename="../../edulab_app/ui/plan/costs_tab.py" line="55"/>
        <source>Koszty planowane: rok × kategoria × źródło</source>
        <translation>Planned costs: year × category × source</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/costs_tab.py" line="57"/>
        <location filename="../../edulab_app/ui/plan/costs_tab.py" line="142"/>
        <source>Kategoria</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/costs_tab.py" line="57"/>
        <location filename="../../edulab_app/ui/plan/costs_tab.py" line="142"/>
        <source>Źródło finansowania</source>
        <translation>Funding source</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/costs_tab.py" line="58"/>
        <source>Koszty według lat, kategorii i źródeł</source>
        <translation>Costs by year, category and source</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/costs_tab.py" line="61"/>
        <source>Koszty według lat i kategorii</source>
        <translation>Costs by year and category</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/costs_tab.py" line="63"/>
        <source>Wykres kosztów według lat i kategorii</source>
        <translation>Chart of costs by year and category</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/costs_tab.py" line="73"/>
        <source>Limity budżetu (wpisz kwotę w kolumnie „Limit”, puste pole — bez limitu)</source>
        <translation>Budget limits (enter the amount in the “Limit” column; empty field — no limit)</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/costs_tab.py" line="77"/>
        <source>Rok szkolny</source>
        <translation>School year</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/costs_tab.py" line="77"/>
        <source>Źródło</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/costs_tab.py" line="77"/>
        <source>Planowano</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/costs_tab.py" line="78"/>
        <source>Limit</source>
        <translation>Limit</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/costs_tab.py" line="78"/>
        <source>Zapas</source>
        <translation>Surplus</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/costs_tab.py" line="79"/>
        <source>Limity budżetu według lat i źródeł</source>
        <translation>Budget limits by year and source</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/costs_tab.py" line="89"/>
        <source>Stawki szkoły (zmieniają koszty przy następnym utworzeniu planu)</source>
        <translation>School rates (change costs the next time a plan is created)</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/costs_tab.py" line="92"/>
        <source>Stawka</source>
        <translation>Rate</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/costs_tab.py" line="92"/>
        <source>Referencyjna</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/costs_tab.py" line="92"/>
        <source>Szkoły</source>
        <translation>Schools</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/costs_tab.py" line="93"/>
        <source>Stawki referencyjne i stawki szkoły</source>
        <translation>Reference rates and school rates</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/costs_tab.py" line="134"/>
        <source>Brak planu.</source>
        <translation>No plan.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/costs_tab.py" line="142"/>
        <location filename="../../edulab_app/ui/plan/costs_tab.py" line="156"/>
        <source>Razem</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/costs_tab.py" line="143"/>
        <source>Poniesiono</source>
        <translation>Incurred</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/costs_tab.py" line="161"/>
        <source>Plan nie ma kosztów.</source>
        <translation>The plan has no costs.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/costs_tab.py" line="190"/>
        <source>Limit w zł; usuń tekst, aby zdjąć limit.</source>
        <translation>Limit in zł; delete the text to remove the limit.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/costs_tab.py" line="197"/>
        <source>przekroczono o %1</source>
        <translation>exceeded by %1</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/costs_tab.py" line="216"/>
        <source>„Limit”: %1 nie jest kwotą (np. 25000 lub 25 000,50).</source>
        <translation>“Limit”: %1 is not an amount (e.g. 25000 or 25 000,50).</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/costs_tab.py" line="225"/>
        <source>Limit budżetu %1, %2</source>
        <translation>Budget limit %1, %2</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/costs_tab.py" line="233"/>
        <source>Nie zapisano — %1</source>
        <translation>Not saved — %1</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/costs_tab.py" line="249"/>
        <source>Godzina ponadwymiarowa nauczyciela (wyliczana z płacy)</source>
        <translation>Teacher overtime hour (calculated from salary)</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/costs_tab.py" line="290"/>
        <source>Stawka szkoły: %1</source>
        <translation>School rate: %1</translation>
    </message>
</context>
<context>
    <name>DiagnosisPage</name>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/page.py" line="143"/>
        <source>Rok &amp;diagnozy:</source>
        <translation>&amp;Diagnosis year:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/page.py" line="145"/>
        <source>Wybór diagnozy (rok szkolny)</source>
        <translation>Diagnosis selection (school year)</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/page.py" line="150"/>
        <source>Stan diagnozy</source>
        <translation>Diagnosis status</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/page.py" line="151"/>
        <source>&amp;Nowa diagnoza…</source>
        <translation>&amp;New diagnosis…</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/page.py" line="152"/>
        <source>Nowa diagnoza</source>
        <translation>New diagnosis</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/page.py" line="154"/>
        <source>&amp;Zakończ diagnozę</source>
        <translation>&amp;Finish diagnosis</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/page.py" line="155"/>
        <source>Zakończ diagnozę</source>
        <translation>Finish diagnosis</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/page.py" line="156"/>
        <source>Sprawdza, czy są wszystkie wymagane odpowiedzi, i zamyka diagnozę (potem jest tylko do odczytu).</source>
        <translation>Checks that all required answers are present and closes the diagnosis (after that it is read-only).</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/page.py" line="159"/>
        <source>Otwórz do &amp;edycji</source>
        <translation>Open for &amp;editing</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/page.py" line="160"/>
        <source>Otwórz do edycji</source>
        <translation>Open for editing</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/page.py" line="162"/>
        <source>Zobacz &amp;wyniki</source>
        <translation>See &amp;results</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/page.py" line="163"/>
        <source>Zobacz wyniki diagnozy</source>
        <translation>See diagnosis results</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/page.py" line="182"/>
        <source>Diagnoza tylko do odczytu</source>
        <translation>Read-only diagnosis</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/page.py" line="190"/>
        <source>Informacja</source>
        <translation>Information</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/page.py" line="192"/>
        <source>Ukryj</source>
        <translation>Hide</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/page.py" line="193"/>
        <source>Ukryj informację</source>
        <translation>Hide information</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/page.py" line="202"/>
        <source>Sekcje diagnozy</source>
        <translation>Diagnosis sections</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/page.py" line="209"/>
        <source>Pytania sekcji</source>
        <translation>Section questions</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/page.py" line="225"/>
        <source>Stan zapisu</source>
        <translation>Save status</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/page.py" line="228"/>
        <source>Postęp diagnozy</source>
        <translation>Diagnosis progress</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/page.py" line="229"/>
        <source>◀ P&amp;oprzednia sekcja</source>
        <translation>◀ P&amp;revious section</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/page.py" line="230"/>
        <source>Poprzednia sekcja</source>
        <translation>Previous section</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/page.py" line="231"/>
        <source>Ctrl+PgUp</source>
        <translation>Ctrl+PgUp</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/page.py" line="233"/>
        <source>N&amp;astępna sekcja ▶</source>
        <translation>&amp;Next section ▶</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/page.py" line="234"/>
        <source>Następna sekcja</source>
        <translation>Next section</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/page.py" line="235"/>
        <source>Ctrl+PgDown</source>
        <translation>Ctrl+PgDown</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/page.py" line="269"/>
        <location filename="../../edulab_app/ui/diagnosis/page.py" line="316"/>
        <source>zakończona</source>
        <translation>finished</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/page.py" line="269"/>
        <location filename="../../edulab_app/ui/diagnosis/page.py" line="316"/>
        <source>w trakcie</source>
        <translation>in progress</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/page.py" line="270"/>
        <source>Rok %1 — %2</source>
        <translation>Year %1 — %2</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/page.py" line="325"/>
        <source>&lt;b&gt;Tylko do odczytu.&lt;/b&gt; Diagnoza za rok %1 jest zakończona. Odpowiedzi można przeglądać, ale nie zmieniać. Aby coś poprawić, kliknij „Otwórz do edycji”.</source>
        <translation>&lt;b&gt;Read-only.&lt;/b&gt; The diagnosis for %1 is finished. Answers can be viewed but not changed. To correct something, click “Open for editing”.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/page.py" line="328"/>
        <source>Diagnoza za rok szkolny %1, formularz w wersji %2.</source>
        <translation>Diagnosis for the school year %1, form version %2.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/page.py" line="333"/>
        <source>Zaczęła się od odpowiedzi z roku %1 — sprawdźcie, czy są nadal aktualne.</source>
        <translation>It started from the answers from %1 — check whether they are still up to date.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/page.py" line="409"/>
        <source>Nie zapisano poprawionej wartości w polu %1 — została poprzednia odpowiedź.</source>
        <translation>The corrected value in field %1 was not saved — the previous answer remains.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/page.py" line="534"/>
        <source>Czego brakuje? (%1)</source>
        <translation>What is missing? (%1)</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/page.py" line="535"/>
        <source>Czego brakuje? — nic ✓</source>
        <translation>What is missing? — nothing ✓</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/page.py" line="547"/>
        <source>brak wymaganych: %1</source>
        <translation>required missing: %1</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/page.py" line="553"/>
        <location filename="../../edulab_app/ui/diagnosis/page.py" line="561"/>
        <source>Odpowiedzi: %1 z %2</source>
        <translation>Answers: %1 of %2</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/page.py" line="554"/>
        <source>ukończona</source>
        <translation>completed</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/page.py" line="554"/>
        <source>odpowiedzi %1 z %2</source>
        <translation>answers %1 of %2</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/page.py" line="557"/>
        <source>Sekcja %1: %2, %3</source>
        <translation>Section %1: %2, %3</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/page.py" line="569"/>
        <source>⚠ Nie zapisano: %1 — popraw wartość zaznaczoną na czerwono.</source>
        <translation>⚠ Not saved: %1 — correct the value marked in red.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/page.py" line="572"/>
        <source>Diagnoza zakończona — tylko do odczytu.</source>
        <translation>Diagnosis finished — read-only.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/page.py" line="575"/>
        <source>✓ Wszystkie odpowiedzi zapisane</source>
        <translation>✓ All answers saved</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/page.py" line="577"/>
        <source>(ostatnio o %1)</source>
        <translation>(last at %1)</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/page.py" line="612"/>
        <source>Rozpoczęto diagnozę za rok %1.</source>
        <translation>Diagnosis for %1 started.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/page.py" line="615"/>
        <source>Przeniesiono %1 odpowiedzi z diagnozy za rok %2 — przejrzyjcie je i zmieńcie to, co się zmieniło.</source>
        <translation>Carried over %1 answers from the diagnosis for %2 — review them and change what has changed.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/page.py" line="627"/>
        <source>Nie przeniesiono %1 odpowiedzi (pytanie lub możliwe odpowiedzi się zmieniły) — odpowiedzcie na nie ponownie: %2.</source>
        <translation>%1 answers were not carried over (the question or possible answers have changed) — please answer them again: %2.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/page.py" line="631"/>
        <source>Przeniesiono wszystkie odpowiedzi.</source>
        <translation>All answers carried over.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/page.py" line="649"/>
        <source>Wszystkie pobliskie lata szkolne mają już diagnozę.</source>
        <translation>All nearby school years already have a diagnosis.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/page.py" line="674"/>
        <source>Diagnoza za rok %1 jest zakończona. Wyniki, mocne strony i priorytety są w obszarze „Wyniki diagnozy”.</source>
        <translation>The diagnosis for %1 is finished. Results, strengths and priorities are in the “Diagnosis results” section.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/page.py" line="687"/>
        <source>Diagnozę otwarto do edycji. Gdy skończycie poprawki, zakończcie ją ponownie.</source>
        <translation>The diagnosis has been opened for editing. When you have finished the corrections, finish it again.</translation>
    </message>
</context>
<context>
    <name>DiagnosisRenderer</name>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/renderer.py" line="105"/>
        <source>od %1 do %2</source>
        <translation>from %1 to %2</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/renderer.py" line="108"/>
        <source>co najmniej %1</source>
        <translation>at least %1</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/renderer.py" line="110"/>
        <source>najwyżej %1</source>
        <translation>at most %1</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/renderer.py" line="189"/>
        <source>Błąd w odpowiedzi</source>
        <translation>Error in answer</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/renderer.py" line="193"/>
        <source>Stan zapisu odpowiedzi</source>
        <translation>Answer save status</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/renderer.py" line="199"/>
        <source>Pytanie wymagane.</source>
        <translation>Required question.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/renderer.py" line="250"/>
        <source>✓ zapisano %1</source>
        <translation>✓ saved %1</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/renderer.py" line="253"/>
        <source>Odpowiedź zapisana %1</source>
        <translation>Answer saved %1</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/renderer.py" line="259"/>
        <source>nie zapisano</source>
        <translation>not saved</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/renderer.py" line="334"/>
        <location filename="../../edulab_app/ui/diagnosis/renderer.py" line="611"/>
        <source>— wybierz —</source>
        <translation>— select —</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/renderer.py" line="366"/>
        <source>Wyczyść odpowiedź</source>
        <translation>Clear answer</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/renderer.py" line="368"/>
        <source>Wyczyść odpowiedź: %1</source>
        <translation>Clear answer: %1</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/renderer.py" line="422"/>
        <source>Tej odpowiedzi nie łączy się z innymi.</source>
        <translation>This answer cannot be combined with others.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/renderer.py" line="498"/>
        <source>Liczba całkowita</source>
        <translation>Whole number</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/renderer.py" line="500"/>
        <source>Liczba (ułamek po przecinku, np. 2,5)</source>
        <translation>Number (decimal comma, e.g. 2,5)</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/renderer.py" line="514"/>
        <source>dd.mm.rrrr</source>
        <translation>dd.mm.yyyy</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/renderer.py" line="518"/>
        <source>np. 05.09.2025</source>
        <translation>e.g. 05.09.2025</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/renderer.py" line="552"/>
        <source>%1 z %2 znaków</source>
        <translation>%1 of %2 characters</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/renderer.py" line="608"/>
        <source>wiersz %1</source>
        <translation>row %1</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/renderer.py" line="683"/>
        <source>Dodaj wiersz</source>
        <translation>Add row</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/renderer.py" line="684"/>
        <source>Dodaj wiersz: %1</source>
        <translation>Add row: %1</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/renderer.py" line="687"/>
        <source>Usuń wiersz</source>
        <translation>Delete row</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/renderer.py" line="689"/>
        <source>Usuń zaznaczony wiersz: %1</source>
        <translation>Delete selected row: %1</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/renderer.py" line="704"/>
        <source>Wpisz wartość w komórce (Enter zatwierdza); strzałki przechodzą między komórkami, Tab opuszcza tabelę. Kolumny z * są wymagane.</source>
        <translation>Type a value in the cell (Enter confirms); the arrow keys move between cells, Tab leaves the table. Columns marked * are required.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/renderer.py" line="786"/>
        <source>wiersz %1: uzupełnij %2</source>
        <translation>row %1: fill in %2</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/renderer.py" line="791"/>
        <source>Niezapisane</source>
        <translation>Unsaved</translation>
    </message>
</context>
<context>
    <name>DiagnosisReportPage</name>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/report.py" line="236"/>
        <source>&amp;Rok diagnozy:</source>
        <translation>&amp;Diagnosis year:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/report.py" line="238"/>
        <source>Rok szkolny diagnozy w raporcie</source>
        <translation>Diagnosis school year in the report</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/report.py" line="242"/>
        <source>&amp;Odśwież</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/report.py" line="243"/>
        <source>Odśwież wyniki</source>
        <translation>Refresh results</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/report.py" line="259"/>
        <source>Podsumowanie</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/report.py" line="265"/>
        <source>Ostrzeżenie o brakujących odpowiedziach</source>
        <translation>Missing answers warning</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/report.py" line="267"/>
        <source>Wyniki obszarów (0–100)</source>
        <translation>Area scores (0–100)</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/report.py" line="270"/>
        <source>Te same liczby w tabeli</source>
        <translation>The same figures in a table</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/report.py" line="272"/>
        <source>Tabela wyników obszarów</source>
        <translation>Area scores table</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/report.py" line="280"/>
        <location filename="../../edulab_app/ui/diagnosis/report.py" line="281"/>
        <source>Mocne strony</source>
        <translation>Strengths</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/report.py" line="283"/>
        <source>Priorytety (w kolejności ważności)</source>
        <translation>Priorities (in order of importance)</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/report.py" line="285"/>
        <source>Priorytety z uzasadnieniem</source>
        <translation>Priorities with rationale</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/report.py" line="291"/>
        <source>Postęp w porównaniu z poprzednią diagnozą</source>
        <translation>Progress compared with the previous diagnosis</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/report.py" line="293"/>
        <source>Porównanie z poprzednią diagnozą</source>
        <translation>Comparison with the previous diagnosis</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/report.py" line="295"/>
        <source>Uwagi</source>
        <translation>Comments</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/report.py" line="297"/>
        <source>Uwagi do wyników</source>
        <translation>Comments on the results</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/report.py" line="311"/>
        <location filename="../../edulab_app/ui/diagnosis/report.py" line="345"/>
        <source>zakończona</source>
        <translation>finished</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/report.py" line="311"/>
        <source>w trakcie</source>
        <translation>in progress</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/report.py" line="312"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/report.py" line="318"/>
        <source>Szkoła nie ma jeszcze diagnozy. Rozpocznij ją w obszarze „Diagnoza” — wyniki pojawią się tutaj, gdy tylko będą pierwsze odpowiedzi.</source>
        <translation>The school does not have a diagnosis yet. Start one in the “Diagnosis” section — the results will appear here as soon as there are first answers.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/report.py" line="345"/>
        <source>w trakcie — wyniki mogą się zmienić</source>
        <translation>in progress — results may change</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/report.py" line="346"/>
        <source>Diagnoza za rok szkolny &lt;b&gt;%1&lt;/b&gt; (%2).</source>
        <translation>Diagnosis for the school year &lt;b&gt;%1&lt;/b&gt; (%2).</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/report.py" line="349"/>
        <source>Porównanie z diagnozą za rok %1.</source>
        <translation>Comparison with the diagnosis for %1.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/report.py" line="351"/>
        <source>Zasoby: co szkoła już ma (100 = w pełni). Potrzeby: jak pilne są potrzeby (100 = bardzo pilne). Duża przewaga potrzeb nad zasobami wskazuje priorytet.</source>
        <translation>Resources: what the school already has (100 = fully). Needs: how urgent the needs are (100 = very urgent). A large excess of needs over resources indicates a priority.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/report.py" line="355"/>
        <source>⚠ Diagnoza nie jest kompletna: brakuje %1 wymaganych odpowiedzi. Wyniki mogą się jeszcze zmienić — uzupełnij je w obszarze „Diagnoza” (Czego brakuje?).</source>
        <translation>⚠ The diagnosis is not complete: %1 required answers are missing. The results may still change — complete them in the “Diagnosis” section (What is missing?).</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/report.py" line="374"/>
        <source>zasoby %1/100</source>
        <translation>resources %1/100</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/report.py" line="378"/>
        <source>Żaden obszar nie ma jeszcze zasobów na poziomie %1/100 lub wyższym.</source>
        <translation>No area has resources at %1/100 or higher yet.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/report.py" line="388"/>
        <source>Priorytet %1</source>
        <translation>Priority %1</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/report.py" line="396"/>
        <source>Priorytety</source>
        <translation>Priorities</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/report.py" line="397"/>
        <source>Diagnoza nie wskazuje priorytetów.</source>
        <translation>The diagnosis does not indicate any priorities.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/report.py" line="411"/>
        <source>pilne — wymóg lub poważna luka</source>
        <translation>urgent — requirement or serious gap</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/report.py" line="412"/>
        <source>potrzeby przewyższają zasoby</source>
        <translation>needs exceed resources</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/report.py" line="413"/>
        <source>niskie zasoby</source>
        <translation>low resources</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/report.py" line="437"/>
        <source>Od roku %1 zasoby wzrosły w obszarach: %2 z %4; spadły: %3 z %4.</source>
        <translation>Since %1, resources have increased in %2 of %4 areas and decreased in %3 of %4.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/report.py" line="442"/>
        <source>Największy postęp: %1.</source>
        <translation>Greatest progress: %1.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/report.py" line="453"/>
        <source>Zmiany w poszczególnych obszarach są w tabeli powyżej.</source>
        <translation>Changes in individual areas are in the table above.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/report.py" line="458"/>
        <source>Obszar</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/report.py" line="458"/>
        <source>Zasoby</source>
        <translation>Resources</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/report.py" line="458"/>
        <source>Potrzeby</source>
        <translation>Needs</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/report.py" line="458"/>
        <source>Potrzeby
− zasoby</source>
        <translation>Needs
− resources</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/report.py" line="459"/>
        <source>Odpowiedzi
„nie wiem”</source>
        <translation>“Don&apos;t know”
answers</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/report.py" line="461"/>
        <source>Zasoby
%1</source>
        <translation>Resources
%1</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/report.py" line="461"/>
        <source>Zmiana
zasobów</source>
        <translation>Change in
resources</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/report.py" line="462"/>
        <source>Zmiana
potrzeb</source>
        <translation>Change in
needs</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../edulab_app/ui/dialogs.py" line="10"/>
        <source>EDUlab — problem</source>
        <translation>EDUlab — problem</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/dialogs.py" line="12"/>
        <source>Komunikat o problemie</source>
        <translation>Problem message</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/dialogs.py" line="17"/>
        <source>Wystąpił nieoczekiwany błąd programu. Twoje zapisane dane są bezpieczne.</source>
        <translation>An unexpected error occurred. Your saved data is safe.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/dialogs.py" line="19"/>
        <source>Szczegóły zapisano w dzienniku:</source>
        <translation>Details were written to the log:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/dialogs.py" line="20"/>
        <source>EDUlab — nieoczekiwany błąd</source>
        <translation>EDUlab — unexpected error</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="53"/>
        <source>Bezpieczna szkoła</source>
        <translation>Safe School</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/week_page.py" line="61"/>
        <source>Tydzień dla wszystkich</source>
        <translation>A Week for Everyone</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/incidents_page.py" line="88"/>
        <source>Zgłoszenia incydentów</source>
        <translation>Incident reports</translation>
    </message>
</context>
<context>
    <name>ExpertComments</name>
    <message>
        <location filename="../../edulab_app/ui/plan/review_comments.py" line="188"/>
        <source>Brak uwag.</source>
        <translation>No comments.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/review_comments.py" line="216"/>
        <source>Do działania „%1”, którego nie ma już w planie</source>
        <translation>On the action “%1”, which is no longer in the plan</translation>
    </message>
</context>
<context>
    <name>ExpertWindow</name>
    <message>
        <location filename="../../edulab_app/ui/expert/workspace.py" line="72"/>
        <source>EDUlab — przestrzeń robocza eksperta</source>
        <translation>EDUlab — expert workspace</translation>
    </message>
</context>
<context>
    <name>ExpertWorkspace</name>
    <message>
        <location filename="../../edulab_app/ui/expert/workspace.py" line="17"/>
        <source>Przestrzeń eksperta EDUlab</source>
        <translation>EDUlab expert space</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/workspace.py" line="26"/>
        <source>Części przestrzeni eksperta</source>
        <translation>Parts of the expert space</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/workspace.py" line="30"/>
        <source>&amp;Szkoły</source>
        <translation>&amp;Schools</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/workspace.py" line="31"/>
        <source>P&amp;rzegląd szkoły</source>
        <translation>School re&amp;view</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/workspace.py" line="32"/>
        <source>Re&amp;gion</source>
        <translation>Re&amp;gion</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <location filename="../../edulab_app/ui/export_actions.py" line="25"/>
        <source>Plan działania do &amp;PDF…</source>
        <translation>Action plan to &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/export_actions.py" line="25"/>
        <location filename="../../edulab_app/ui/export_actions.py" line="31"/>
        <location filename="../../edulab_app/ui/export_actions.py" line="33"/>
        <source>Dokument PDF (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/export_actions.py" line="26"/>
        <source>Plan działania do arkusza &amp;XLSX…</source>
        <translation>Action plan to &amp;XLSX spreadsheet…</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/export_actions.py" line="27"/>
        <source>Arkusz Excel (*.xlsx)</source>
        <translation>Excel spreadsheet (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/export_actions.py" line="28"/>
        <source>Pakiet dla &amp;EDUlab (.edulab)…</source>
        <translation>Package for &amp;EDUlab (.edulab)…</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/export_actions.py" line="29"/>
        <source>Pakiet EDUlab (*.edulab)</source>
        <translation>EDUlab package (*.edulab)</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/export_actions.py" line="30"/>
        <source>Diagnoza z &amp;odpowiedziami (PDF)…</source>
        <translation>Diagnosis with &amp;answers (PDF)…</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/export_actions.py" line="32"/>
        <source>Pusty &amp;formularz diagnozy do wydruku (PDF)…</source>
        <translation>Blank diagnosis &amp;form for printing (PDF)…</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/export_actions.py" line="44"/>
        <source>Wybierz pakiety lub pliki uwag</source>
        <translation>Choose packages or comments files</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/export_actions.py" line="45"/>
        <source>Pliki EDUlab (*.edulab *.edulab-review)</source>
        <translation>EDUlab files (*.edulab *.edulab-review)</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/export_actions.py" line="67"/>
        <location filename="../../edulab_app/ui/export_actions.py" line="84"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/export_actions.py" line="74"/>
        <source>Zastąpić dane szkoły?</source>
        <translation>Replace the school&apos;s data?</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/export_actions.py" line="75"/>
        <source>Szkoły z tych pakietów już są w programie:
%1

Zastąpić ich diagnozę, kadrę i plan danymi z pakietów? Uczniowie, komitet i zgłoszenia zostaną bez zmian.</source>
        <translation>Schools from these packages are already in the program:
%1

Replace their diagnosis, staff and plan with the data from the packages? Pupils, the committee and reports will remain unchanged.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/export_actions.py" line="99"/>
        <source>Zapisz eksport</source>
        <translation>Save export</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/export_actions.py" line="109"/>
        <source>Przygotowywanie pliku…</source>
        <translation>Preparing the file…</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/export_actions.py" line="117"/>
        <source>Eksport</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/export_actions.py" line="123"/>
        <location filename="../../edulab_app/ui/export_actions.py" line="126"/>
        <source>Zapisano</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/export_actions.py" line="124"/>
        <source>Zapisano pakiet: %1
Prześlij go do Pomorskiego EDUlab.</source>
        <translation>Package saved: %1
Send it to the Pomeranian EDUlab.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/export_actions.py" line="127"/>
        <source>Zapisano plik: %1
Otworzyć go teraz?</source>
        <translation>File saved: %1
Open it now?</translation>
    </message>
</context>
<context>
    <name>FindingsTab</name>
    <message>
        <location filename="../../edulab_app/ui/plan/findings_tab.py" line="45"/>
        <source>Liczba uwag</source>
        <translation>Number of comments</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/findings_tab.py" line="48"/>
        <source>Pokaż uwagi o wadze</source>
        <translation>Show findings by severity</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/findings_tab.py" line="49"/>
        <source>błędy i uwagi</source>
        <translation>errors and warnings</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/findings_tab.py" line="50"/>
        <source>wszystkie, także informacje</source>
        <translation>all, including info</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/findings_tab.py" line="51"/>
        <source>tylko błędy</source>
        <translation>errors only</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/findings_tab.py" line="53"/>
        <source>&amp;Pokaż:</source>
        <translation>&amp;Show:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/findings_tab.py" line="58"/>
        <source>Kliknij uwagę (albo wybierz ją strzałkami i naciśnij Enter), aby przejść do miejsca, które trzeba poprawić. Uwagę, którą szkoła rozważyła, można przyjąć — zniknie z listy.</source>
        <translation>Click a comment (or select it with the arrow keys and press Enter) to go to the place that needs correcting. A comment the school has considered can be accepted — it will disappear from the list.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/findings_tab.py" line="64"/>
        <source>Waga</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/findings_tab.py" line="64"/>
        <source>Treść</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/findings_tab.py" line="64"/>
        <source>Działanie</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/findings_tab.py" line="65"/>
        <source>Uwagi z kontroli planu</source>
        <translation>Findings from the plan check</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/findings_tab.py" line="85"/>
        <source>Przejdź do &amp;miejsca</source>
        <translation>&amp;Go to location</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/findings_tab.py" line="88"/>
        <source>Przyjmij zaznaczoną &amp;uwagę</source>
        <translation>Accept selected &amp;comment</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/findings_tab.py" line="123"/>
        <source>cały plan</source>
        <translation>whole plan</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/findings_tab.py" line="129"/>
        <source>Przyjmij</source>
        <translation>Accept</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/findings_tab.py" line="130"/>
        <source>Szkoła rozważyła tę uwagę — nie pokazuj jej więcej</source>
        <translation>The school has considered this comment — do not show it again</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/findings_tab.py" line="131"/>
        <source>Przyjmij uwagę: %1</source>
        <translation>Accept comment: %1</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/findings_tab.py" line="141"/>
        <source>Błędy: %1 · uwagi: %2 · informacje: %3</source>
        <translation>Errors: %1 · warnings: %2 · info: %3</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/findings_tab.py" line="182"/>
        <source>Przyjęcie uwagi: %1</source>
        <translation>Accepting comment: %1</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <location filename="../../edulab_app/ui/tracking/login.py" line="169"/>
        <source>EDUlab — pierwsze uruchomienie</source>
        <translation>EDUlab — first run</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/login.py" line="170"/>
        <source>Pierwsze uruchomienie</source>
        <translation>First run</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/login.py" line="178"/>
        <source>Utwórz konto dyrektora szkoły. Dyrektor zakłada potem konta koordynatora, nauczycieli i specjalistów poradni. Dane uczniów są szyfrowane kluczem, do którego dostęp daje tylko hasło konta albo klucz odzyskiwania.</source>
        <translation>Create the school director&apos;s account. The director then sets up accounts for the coordinator, teachers and clinic specialists. Pupils&apos; data is encrypted with a key that can be accessed only with an account password or the recovery key.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/login.py" line="185"/>
        <source>np. anna.nowak</source>
        <translation>e.g. anna.nowak</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/login.py" line="186"/>
        <source>Nazwa użytkownika</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/login.py" line="188"/>
        <source>Imię i nazwisko dyrektora</source>
        <translation>Director&apos;s full name</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/login.py" line="189"/>
        <source>Hasło</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/login.py" line="190"/>
        <source>Powtórz hasło</source>
        <translation>Repeat password</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/login.py" line="191"/>
        <source>&amp;Nazwa użytkownika:</source>
        <translation>&amp;Username:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/login.py" line="192"/>
        <source>&amp;Imię i nazwisko:</source>
        <translation>&amp;Full name:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/login.py" line="193"/>
        <source>&amp;Hasło:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/login.py" line="194"/>
        <source>&amp;Powtórz hasło:</source>
        <translation>&amp;Repeat password:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/login.py" line="198"/>
        <source>&amp;Utwórz konto</source>
        <translation>&amp;Create account</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/login.py" line="206"/>
        <source>&lt;b&gt;Klucz odzyskiwania&lt;/b&gt; — zapisz go teraz na papierze i przechowuj w sejfie szkoły. Program pokazuje go tylko raz i nigdzie go nie zapisuje. Bez hasła dyrektora i bez tego klucza danych uczniów nie da się odczytać.</source>
        <translation>&lt;b&gt;Recovery key&lt;/b&gt; — write it down on paper now and keep it in the school safe. The program shows it only once and does not store it anywhere. Without the director&apos;s password and this key, pupils&apos; data cannot be read.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/login.py" line="221"/>
        <source>Klucz odzyskiwania</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/login.py" line="223"/>
        <source>&amp;Kopiuj do schowka</source>
        <translation>&amp;Copy to clipboard</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/login.py" line="226"/>
        <source>&amp;Zapisałem(-am) klucz odzyskiwania w bezpiecznym miejscu</source>
        <translation>&amp;I have saved the recovery key in a safe place</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/login.py" line="227"/>
        <source>Potwierdzenie zapisania klucza odzyskiwania</source>
        <translation>Confirmation that the recovery key has been saved</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/login.py" line="229"/>
        <source>&amp;Zakończ</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/login.py" line="239"/>
        <source>Hasła się różnią.</source>
        <translation>Passwords do not match.</translation>
    </message>
</context>
<context>
    <name>ImportResultsDialog</name>
    <message>
        <location filename="../../edulab_app/ui/expert/schools_tab.py" line="154"/>
        <location filename="../../edulab_app/ui/expert/schools_tab.py" line="155"/>
        <source>Wynik wczytywania pakietów</source>
        <translation>Package loading result</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/schools_tab.py" line="157"/>
        <source>Wczytano pakietów: %1; zastąpionych starszych wersji: %2; pominiętych (już wczytane): %3; błędnych: %4.</source>
        <translation>Packages loaded: %1; older versions replaced: %2; skipped (already loaded): %3; invalid: %4.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/schools_tab.py" line="162"/>
        <source>Wczytywanie przerwano — pakiety wczytane do tej chwili zostały zapisane.</source>
        <translation>Loading aborted — packages loaded up to this point have been saved.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/schools_tab.py" line="165"/>
        <source>Podsumowanie wczytywania</source>
        <translation>Loading summary</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/schools_tab.py" line="169"/>
        <source>Plik</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/schools_tab.py" line="169"/>
        <source>Powód</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/schools_tab.py" line="170"/>
        <source>Pliki niewczytane i powody</source>
        <translation>Files not loaded and reasons</translation>
    </message>
</context>
<context>
    <name>IncidentsPage</name>
    <message>
        <location filename="../../edulab_app/ui/documents/incidents_page.py" line="102"/>
        <source>Rejestr zgłoszeń według regulaminu „Bezpieczna szkoła”. Osoby zapisuj pseudonimami, nie imionami i nazwiskami; opis i wynik są zaszyfrowane, a każdy odczyt trafia do dziennika dostępu.</source>
        <translation>Report register under the “Safe School” policy. Record people by pseudonyms, not by their names; the description and outcome are encrypted, and every viewing is recorded in the access log.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/incidents_page.py" line="111"/>
        <source>Komunikat</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/incidents_page.py" line="122"/>
        <source>&amp;Zaloguj się…</source>
        <translation>&amp;Log in…</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/incidents_page.py" line="123"/>
        <source>Zaloguj się, aby zobaczyć rejestr zgłoszeń</source>
        <translation>Log in to see the report register</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/incidents_page.py" line="155"/>
        <source>Rejestr zgłoszeń jest chroniony jak dane uczniów. Zaloguj się, aby go zobaczyć. Statystyki powyżej nie zawierają danych osobowych.</source>
        <translation>The report register is protected like pupils&apos; data. Log in to see it. The statistics above contain no personal data.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/incidents_page.py" line="160"/>
        <source>Twoja rola nie pozwala korzystać z rejestru zgłoszeń. Rejestr prowadzą dyrektor i koordynator; nauczyciel może wpisać zgłoszenie.</source>
        <translation>Your role does not allow you to use the report register. The register is kept by the director and the coordinator; a teacher can enter a report.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/incidents_page.py" line="176"/>
        <source>Sesja jest zablokowana — zaloguj się ponownie.</source>
        <translation>The session is locked — log in again.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/incidents_page.py" line="185"/>
        <source>Statystyki roku szkolnego (bez danych osobowych)</source>
        <translation>School year statistics (no personal data)</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/incidents_page.py" line="187"/>
        <source>&amp;Rok:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/incidents_page.py" line="189"/>
        <source>Rok szkolny statystyk</source>
        <translation>School year of the statistics</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/incidents_page.py" line="196"/>
        <source>Statystyki zgłoszeń</source>
        <translation>Report statistics</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/incidents_page.py" line="204"/>
        <source>&amp;Nowe zgłoszenie</source>
        <translation>&amp;New report</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/incidents_page.py" line="211"/>
        <source>Nr</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/incidents_page.py" line="211"/>
        <source>Zgłoszono</source>
        <translation>Reported</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/incidents_page.py" line="211"/>
        <source>Stan</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/incidents_page.py" line="211"/>
        <source>Zaległe kroki</source>
        <translation>Overdue steps</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/incidents_page.py" line="212"/>
        <source>Motyw</source>
        <translation>Motive</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/incidents_page.py" line="212"/>
        <source>Zgłoszenia</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/incidents_page.py" line="212"/>
        <source>Następny termin</source>
        <translation>Next deadline</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/incidents_page.py" line="227"/>
        <location filename="../../edulab_app/ui/documents/incidents_page.py" line="395"/>
        <source>Wybierz zgłoszenie z listy.</source>
        <translation>Select a report from the list.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/incidents_page.py" line="229"/>
        <source>Zgłoszenie</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/incidents_page.py" line="232"/>
        <source>Krok</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/incidents_page.py" line="232"/>
        <source>Termin</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/incidents_page.py" line="232"/>
        <source>Wykonano</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/incidents_page.py" line="232"/>
        <source>Odpowiada</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/incidents_page.py" line="233"/>
        <source>Kroki procedury</source>
        <translation>Procedure steps</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/incidents_page.py" line="240"/>
        <source>nowa osoba odpowiedzialna za krok (opcjonalnie)</source>
        <translation>new person responsible for the step (optional)</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/incidents_page.py" line="241"/>
        <source>Osoba odpowiedzialna za zaznaczony krok</source>
        <translation>Person responsible for the selected step</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/incidents_page.py" line="243"/>
        <source>Oznacz krok jako &amp;wykonany</source>
        <translation>Mark step as &amp;completed</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/incidents_page.py" line="245"/>
        <source>&amp;Cofnij</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/incidents_page.py" line="246"/>
        <source>Cofnij oznaczenie kroku jako wykonanego</source>
        <translation>Undo marking the step as completed</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/incidents_page.py" line="251"/>
        <source>Zamknięcie sprawy</source>
        <translation>Case closure</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/incidents_page.py" line="254"/>
        <source>Wynik sprawy</source>
        <translation>Case outcome</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/incidents_page.py" line="255"/>
        <source>Jak zakończyła się sprawa: ustalenia, działania, wsparcie.</source>
        <translation>How the case ended: findings, actions, support.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/incidents_page.py" line="258"/>
        <source>&amp;Zamknij zgłoszenie</source>
        <translation>C&amp;lose report</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/incidents_page.py" line="265"/>
        <source>Nowe zgłoszenie</source>
        <translation>New report</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/incidents_page.py" line="270"/>
        <source>Data zgłoszenia</source>
        <translation>Report date</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/incidents_page.py" line="271"/>
        <source>&amp;Data zgłoszenia:</source>
        <translation>Report &amp;date:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/incidents_page.py" line="276"/>
        <source>Kto zgłasza</source>
        <translation>Reported by</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/incidents_page.py" line="277"/>
        <source>&amp;Kto zgłasza:</source>
        <translation>Reported &amp;by:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/incidents_page.py" line="279"/>
        <source>Motyw (zaznacz jeden lub więcej)</source>
        <translation>Motive (select one or more)</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/incidents_page.py" line="287"/>
        <source>&amp;Motyw:</source>
        <translation>&amp;Motive:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/incidents_page.py" line="289"/>
        <source>Opis zdarzenia</source>
        <translation>Description of the incident</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/incidents_page.py" line="290"/>
        <source>Co się stało, gdzie, kiedy — bez imion i nazwisk uczniów.</source>
        <translation>What happened, where, when — without pupils&apos; names.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/incidents_page.py" line="292"/>
        <source>&amp;Opis:</source>
        <translation>D&amp;escription:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/incidents_page.py" line="294"/>
        <source>Osoby, których dotyczy (pseudonimy)</source>
        <translation>People concerned (pseudonyms)</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/incidents_page.py" line="295"/>
        <source>pseudonimy po przecinku, np. U-7K2M9QXA, Uczeń B</source>
        <translation>pseudonyms separated by commas, e.g. U-7K2M9QXA, Pupil B</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/incidents_page.py" line="296"/>
        <source>&amp;Osoby (pseudonimy):</source>
        <translation>&amp;People (pseudonyms):</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/incidents_page.py" line="299"/>
        <source>Osoba odpowiedzialna</source>
        <translation>Person responsible</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/incidents_page.py" line="300"/>
        <source>Osoba &amp;odpowiedzialna:</source>
        <translation>Person &amp;responsible:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/incidents_page.py" line="302"/>
        <source>&amp;Zapisz zgłoszenie</source>
        <translation>&amp;Save report</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/incidents_page.py" line="304"/>
        <source>&amp;Anuluj</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/incidents_page.py" line="330"/>
        <source>Zgłoszenia: %1; zamknięte: %2; otwarte z zaległym krokiem: %3.</source>
        <translation>Reports: %1; closed: %2; open with an overdue step: %3.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/incidents_page.py" line="334"/>
        <source>Motywy: %1.</source>
        <translation>Motives: %1.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/incidents_page.py" line="336"/>
        <source>Czas do zamknięcia: mediana %1 dni, średnio %2 dni.</source>
        <translation>Time to closure: median %1 days, average %2 days.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/incidents_page.py" line="396"/>
        <source>Rejestr nie zawiera zgłoszeń z tego roku.</source>
        <translation>The register contains no reports from this year.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/incidents_page.py" line="417"/>
        <source>ZALEGŁY</source>
        <translation>OVERDUE</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/incidents_page.py" line="471"/>
        <source>Zapisano zgłoszenie nr %1.</source>
        <translation>Report no. %1 saved.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/incidents_page.py" line="499"/>
        <source>Nie zamknięto — popraw:</source>
        <translation>Not closed — correct the following:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/incidents_page.py" line="504"/>
        <source>Zamknięto zgłoszenie nr %1.</source>
        <translation>Report no. %1 closed.</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <location filename="../../edulab_app/ui/tracking/login.py" line="120"/>
        <source>EDUlab — sesja zablokowana</source>
        <translation>EDUlab — session locked</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/login.py" line="121"/>
        <source>Sesja zablokowana</source>
        <translation>Session locked</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/login.py" line="124"/>
        <source>Sesja użytkownika %1 została zablokowana po okresie bezczynności. Wpisz hasło, aby kontynuować.</source>
        <translation>The session of user %1 was locked after a period of inactivity. Enter the password to continue.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/login.py" line="129"/>
        <source>Hasło</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/login.py" line="130"/>
        <source>&amp;Hasło:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/login.py" line="135"/>
        <source>&amp;Odblokuj</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/login.py" line="137"/>
        <source>&amp;Wyloguj</source>
        <translation>&amp;Log out</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../edulab_app/ui/tracking/login.py" line="72"/>
        <source>EDUlab — logowanie</source>
        <translation>EDUlab — login</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/login.py" line="73"/>
        <source>Logowanie</source>
        <translation>Login</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/login.py" line="76"/>
        <source>Dane uczniów, asystentów i komitetu powitalnego są chronione. Zaloguj się swoim kontem.</source>
        <translation>Data of pupils, assistants and the welcome committee are protected. Log in with your account.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/login.py" line="82"/>
        <source>Nazwa użytkownika</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/login.py" line="83"/>
        <source>Hasło</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/login.py" line="84"/>
        <source>&amp;Użytkownik:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/login.py" line="85"/>
        <source>&amp;Hasło:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/login.py" line="90"/>
        <source>&amp;Anuluj</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/login.py" line="91"/>
        <source>&amp;Zaloguj</source>
        <translation>&amp;Log in</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../edulab_app/ui/main_window.py" line="41"/>
        <source>EDUlab — Szkoła włączająca krok po kroku</source>
        <translation>EDUlab — Inclusive school step by step</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/main_window.py" line="45"/>
        <source>Szkoła</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/main_window.py" line="48"/>
        <source>&amp;Szkoła:</source>
        <translation>&amp;School:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/main_window.py" line="51"/>
        <source>Wybór szkoły</source>
        <translation>School selection</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/main_window.py" line="60"/>
        <source>Nawigator obszarów</source>
        <translation>Area navigator</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/main_window.py" line="81"/>
        <source>Dane: %1</source>
        <translation>Data: %1</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/main_window.py" line="83"/>
        <source>Zalogowany użytkownik</source>
        <translation>Logged-in user</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/main_window.py" line="90"/>
        <source>&amp;Plik</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/main_window.py" line="91"/>
        <source>&amp;Nowa szkoła…</source>
        <translation>&amp;New school…</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/main_window.py" line="92"/>
        <source>Szkoła &amp;demonstracyjna</source>
        <translation>&amp;Demo school</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/main_window.py" line="97"/>
        <source>&amp;Eksport</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/main_window.py" line="99"/>
        <source>&amp;Importuj pakiet lub uwagi eksperta…</source>
        <translation>&amp;Import package or expert comments…</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/main_window.py" line="102"/>
        <source>Przestrzeń robocza &amp;eksperta EDUlab…</source>
        <translation>EDUlab &amp;expert workspace…</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/main_window.py" line="105"/>
        <source>Utwórz &amp;kopię zapasową</source>
        <translation>Create a &amp;backup</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/main_window.py" line="106"/>
        <source>&amp;Przywróć z kopii zapasowej…</source>
        <translation>&amp;Restore from backup…</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/main_window.py" line="108"/>
        <source>&amp;Zakończ</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/main_window.py" line="109"/>
        <source>&amp;Konto</source>
        <translation>&amp;Account</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/main_window.py" line="110"/>
        <source>&amp;Zaloguj się…</source>
        <translation>&amp;Log in…</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/main_window.py" line="111"/>
        <source>Za&amp;blokuj teraz</source>
        <translation>&amp;Lock now</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/main_window.py" line="112"/>
        <source>&amp;Wyloguj</source>
        <translation>&amp;Log out</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/main_window.py" line="114"/>
        <source>&amp;Konta użytkowników…</source>
        <translation>&amp;User accounts…</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/main_window.py" line="115"/>
        <source>&amp;Dziennik zdarzeń…</source>
        <translation>&amp;Audit log…</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/main_window.py" line="116"/>
        <source>Pomo&amp;c</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/main_window.py" line="117"/>
        <source>Otwórz &amp;folder danych</source>
        <translation>Open data &amp;folder</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/main_window.py" line="118"/>
        <source>&amp;O programie</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/main_window.py" line="234"/>
        <source>Konto szkoły demonstracyjnej</source>
        <translation>Demo school account</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/main_window.py" line="235"/>
        <source>Utworzono konto dyrektora szkoły demonstracyjnej i zalogowano Cię.

Użytkownik: %1
Hasło: %2

Zapisz hasło teraz — program nie pokaże go ponownie.</source>
        <translation>The demo school director&apos;s account has been created and you have been logged in.

User: %1
Password: %2

Write down the password now — the program will not show it again.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/main_window.py" line="244"/>
        <source>Otwarto szkołę demonstracyjną.</source>
        <translation>The demo school is open.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/main_window.py" line="246"/>
        <source>Fikcyjnych uczniów dodaje się po zalogowaniu (dyrektor lub koordynator).</source>
        <translation>Fictional pupils are added after logging in (director or coordinator).</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/main_window.py" line="291"/>
        <source>Nie zalogowano</source>
        <translation>Not logged in</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/main_window.py" line="293"/>
        <source>%1 — zablokowano</source>
        <translation>%1 — locked</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/main_window.py" line="295"/>
        <source>Zalogowano: %1 (%2)</source>
        <translation>Logged in: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/main_window.py" line="322"/>
        <source>Tę część programu otwiera tylko dyrektor szkoły.</source>
        <translation>This part of the program can be opened only by the school director.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/main_window.py" line="347"/>
        <source>Kopię zapasową zapisano: %1</source>
        <translation>Backup saved: %1</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/main_window.py" line="351"/>
        <source>Wybierz kopię zapasową</source>
        <translation>Choose a backup</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/main_window.py" line="351"/>
        <source>Kopie bazy (*.sqlite3)</source>
        <translation>Database backups (*.sqlite3)</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/main_window.py" line="355"/>
        <source>Przywrócić kopię?</source>
        <translation>Restore the backup?</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/main_window.py" line="356"/>
        <source>Obecne dane zostaną zastąpione danymi z kopii. Przed zmianą program zachowa ich kopię. Kontynuować?</source>
        <translation>The current data will be replaced by the backup. The program keeps a copy of it first. Continue?</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/main_window.py" line="367"/>
        <source>Przywrócono dane z kopii.</source>
        <translation>Data restored from the backup.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/main_window.py" line="369"/>
        <source>Poprzednie dane zachowano: %1</source>
        <translation>Previous data kept at: %1</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/main_window.py" line="370"/>
        <source>Przywrócono</source>
        <translation>Restored</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/main_window.py" line="377"/>
        <source>O programie</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/main_window.py" line="378"/>
        <source>&lt;b&gt;EDUlab — Szkoła włączająca krok po kroku&lt;/b&gt;&lt;br&gt;wersja %1&lt;br&gt;&lt;br&gt;Narzędzie Pomorskiego EDUlab dla szkół uczących dzieci z doświadczeniem migracji.&lt;br&gt;&lt;br&gt;Folder danych: %2</source>
        <translation>&lt;b&gt;EDUlab — Inclusive school step by step&lt;/b&gt;&lt;br&gt;version %1&lt;br&gt;&lt;br&gt;A tool of the Pomeranian EDUlab for schools teaching children with migration experience.&lt;br&gt;&lt;br&gt;Data folder: %2</translation>
    </message>
</context>
<context>
    <name>MissingView</name>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/section.py" line="127"/>
        <source>Lista brakujących odpowiedzi z odnośnikami do pytań</source>
        <translation>List of missing answers with links to the questions</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/section.py" line="159"/>
        <source>✓ Na wszystkie wymagane pytania są odpowiedzi i żadna odpowiedź nie wymaga poprawy. Diagnozę można zakończyć.</source>
        <translation>✓ All required questions have been answered and no answer needs correcting. The diagnosis can be finished.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/section.py" line="163"/>
        <source>Nie można jeszcze zakończyć diagnozy.</source>
        <translation>The diagnosis cannot be finished yet.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/section.py" line="164"/>
        <source>Do uzupełnienia lub poprawy: %1. Kliknij pytanie (albo przejdź do niego klawiszem Tab i naciśnij Enter), aby do niego przejść.</source>
        <translation>To complete or correct: %1. Click a question (or move to it with Tab and press Enter) to go to it.</translation>
    </message>
</context>
<context>
    <name>NewDiagnosisDialog</name>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/page.py" line="66"/>
        <source>Nowa diagnoza</source>
        <translation>New diagnosis</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/page.py" line="72"/>
        <source>Rok szkolny nowej diagnozy</source>
        <translation>School year of the new diagnosis</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/page.py" line="73"/>
        <source>Rok &amp;szkolny:</source>
        <translation>&amp;School year:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/page.py" line="77"/>
        <source>&amp;Zacznij od odpowiedzi z poprzedniej diagnozy (%1)</source>
        <translation>&amp;Start from the answers of the previous diagnosis (%1)</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/page.py" line="81"/>
        <source>Zacznij od odpowiedzi z poprzedniej diagnozy (brak wcześniejszej)</source>
        <translation>Start from the answers of the previous diagnosis (none available)</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/page.py" line="83"/>
        <source>Przenieś odpowiedzi z poprzedniej diagnozy</source>
        <translation>Carry over answers from the previous diagnosis</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/page.py" line="85"/>
        <source>Przeniesione odpowiedzi warto przejrzeć i zmienić to, co zmieniło się w szkole przez ten rok. Pytania, których nie da się przenieść, program wymieni po rozpoczęciu.</source>
        <translation>It&apos;s worth reviewing the carried-over answers and changing whatever has changed at school over the year. The program will list the questions that cannot be carried over once you start.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/page.py" line="92"/>
        <source>Rozpocznij</source>
        <translation>Start</translation>
    </message>
</context>
<context>
    <name>NewSchoolDialog</name>
    <message>
        <location filename="../../edulab_app/ui/school_dialog.py" line="19"/>
        <source>Nowa szkoła</source>
        <translation>New school</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <location filename="../../edulab_app/ui/plan/overview_tab.py" line="72"/>
        <source>Podsumowanie planu</source>
        <translation>Plan summary</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/overview_tab.py" line="78"/>
        <source>Wynik kontroli planu</source>
        <translation>Plan check result</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/overview_tab.py" line="80"/>
        <source>Pokaż &amp;uwagi</source>
        <translation>Show &amp;comments</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/overview_tab.py" line="86"/>
        <source>Lata szkolne</source>
        <translation>School years</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/overview_tab.py" line="88"/>
        <source>Rok szkolny</source>
        <translation>School year</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/overview_tab.py" line="88"/>
        <location filename="../../edulab_app/ui/plan/overview_tab.py" line="101"/>
        <source>Działania</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/overview_tab.py" line="88"/>
        <source>Koszt planowany</source>
        <translation>Planned cost</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/overview_tab.py" line="89"/>
        <source>Poniesiono</source>
        <translation>Incurred</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/overview_tab.py" line="89"/>
        <source>Działania i koszty według lat</source>
        <translation>Actions and costs by year</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/overview_tab.py" line="92"/>
        <source>Teraz i w najbliższych dwóch miesiącach:</source>
        <translation>Now and in the next two months:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/overview_tab.py" line="93"/>
        <source>Działanie</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/overview_tab.py" line="93"/>
        <source>Termin</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/overview_tab.py" line="93"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/overview_tab.py" line="94"/>
        <source>Działania trwające i najbliższe</source>
        <translation>Ongoing and upcoming actions</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/overview_tab.py" line="99"/>
        <source>Priorytety diagnozy i działania</source>
        <translation>Diagnosis priorities and actions</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/overview_tab.py" line="101"/>
        <source>Priorytet</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/overview_tab.py" line="101"/>
        <source>Obszar</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/overview_tab.py" line="102"/>
        <source>Koszt</source>
        <translation>Cost</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/overview_tab.py" line="102"/>
        <source>Działania według priorytetów</source>
        <translation>Actions by priority</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/overview_tab.py" line="114"/>
        <source>Utworzenie planu z diagnozy</source>
        <translation>Creating a plan from the diagnosis</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/overview_tab.py" line="117"/>
        <source>Pierwszy rok szkolny planu</source>
        <translation>First school year of the plan</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/overview_tab.py" line="118"/>
        <source>&amp;Pierwszy rok:</source>
        <translation>&amp;First year:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/overview_tab.py" line="125"/>
        <source>Liczba lat szkolnych planu</source>
        <translation>Number of school years in the plan</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/overview_tab.py" line="126"/>
        <source>&amp;Lata:</source>
        <translation>&amp;Years:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/overview_tab.py" line="151"/>
        <source>&lt;h3&gt;Szkoła nie ma jeszcze planu działania&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;The school does not have an action plan yet&lt;/h3&gt;</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/overview_tab.py" line="153"/>
        <source>Plan powstaje z priorytetów diagnozy, profilu szkoły i jej kadry. Wybierz pierwszy rok i liczbę lat, a potem „Utwórz plan”. Każde działanie można potem zmienić.</source>
        <translation>The plan is built from the diagnosis priorities, the school profile and its staff. Choose the first year and the number of years, then click “Create plan”. Every action can be changed later.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/overview_tab.py" line="156"/>
        <source>Plan wynika z priorytetów diagnozy — najpierw wypełnij diagnozę szkoły.</source>
        <translation>The plan is based on the diagnosis priorities — first complete the school diagnosis.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/overview_tab.py" line="168"/>
        <source>&lt;h3&gt;Plan działania na lata %1&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Action plan for the years %1&lt;/h3&gt;</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/overview_tab.py" line="170"/>
        <source>Działania: &lt;b&gt;%1&lt;/b&gt; (w tym szkolenia: %2), zrealizowane: %3. Kadra w planie: %4 osób. Koszt całego planu: &lt;b&gt;%5&lt;/b&gt;.</source>
        <translation>Actions: &lt;b&gt;%1&lt;/b&gt; (including training: %2), completed: %3. Staff in the plan: %4 people. Cost of the whole plan: &lt;b&gt;%5&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/overview_tab.py" line="175"/>
        <source>Plan utworzono %1 z diagnozy za rok %2 (priorytetów: %3).</source>
        <translation>Plan created on %1 from the diagnosis for %2 (priorities: %3).</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/overview_tab.py" line="194"/>
        <source>Utwórz plan &amp;od nowa…</source>
        <translation>Create plan from &amp;scratch…</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/overview_tab.py" line="195"/>
        <source>Nowy plan zastąpi obecny razem z zapisaną realizacją.</source>
        <translation>The new plan will replace the current one together with the recorded implementation.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/overview_tab.py" line="197"/>
        <source>&amp;Utwórz plan</source>
        <translation>&amp;Create plan</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/overview_tab.py" line="209"/>
        <source>Razem</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/overview_tab.py" line="269"/>
        <source>&lt;b style=&apos;color:%4&apos;&gt;Kontrola planu:&lt;/b&gt; błędy: %1, uwagi: %2, informacje: %3</source>
        <translation>&lt;b style=&apos;color:%4&apos;&gt;Plan check:&lt;/b&gt; errors: %1, warnings: %2, info: %3</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/overview_tab.py" line="280"/>
        <source>Utworzyć plan od nowa?</source>
        <translation>Create the plan from scratch?</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/overview_tab.py" line="281"/>
        <source>Obecny plan (%1 działań) razem z zapisaną realizacją, zmianami i historią cofania zostanie zastąpiony nowym planem na lata od %2 (lat: %3). Tego nie można cofnąć. Kontynuować?</source>
        <translation>The current plan (%1 actions), together with the recorded implementation, changes and undo history, will be replaced by a new plan for the years starting %2 (years: %3). This cannot be undone. Continue?</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <location filename="../../edulab_app/ui/plan/page.py" line="26"/>
        <source>Plan działania</source>
        <translation>Action plan</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/page.py" line="37"/>
        <source>Stan zapisu</source>
        <translation>Save status</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/page.py" line="40"/>
        <source>Cofnij</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/page.py" line="42"/>
        <source>Ponów</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/page.py" line="45"/>
        <source>Cofnij zmianę (Ctrl+Z)</source>
        <translation>Undo change (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/page.py" line="46"/>
        <source>Ponów zmianę (Ctrl+Shift+Z)</source>
        <translation>Redo change (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/page.py" line="60"/>
        <source>Części planu</source>
        <translation>Parts of the plan</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/page.py" line="68"/>
        <source>&amp;Przegląd</source>
        <translation>&amp;Overview</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/page.py" line="68"/>
        <source>&amp;Działania</source>
        <translation>&amp;Actions</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/page.py" line="69"/>
        <source>&amp;Harmonogram</source>
        <translation>&amp;Schedule</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/page.py" line="69"/>
        <source>&amp;Koszty</source>
        <translation>&amp;Costs</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/page.py" line="70"/>
        <source>K&amp;adra</source>
        <translation>St&amp;aff</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/page.py" line="70"/>
        <location filename="../../edulab_app/ui/plan/page.py" line="99"/>
        <source>&amp;Uwagi</source>
        <translation>&amp;Comments</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/page.py" line="71"/>
        <source>&amp;Realizacja</source>
        <translation>&amp;Implementation</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/page.py" line="87"/>
        <source>Zmiany zapisują się od razu.</source>
        <translation>Changes are saved immediately.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/page.py" line="111"/>
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
</context>
<context>
    <name>PupilsPage</name>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="73"/>
        <source>Uczniowie</source>
        <translation>Pupils</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="76"/>
        <source>Uczniowie z doświadczeniem migracji: minimalne dane, formy wsparcia i ich zgodność z przepisami. Na liście widać tylko kody (pseudonimy); imię i nazwisko pokazuje karta ucznia. Każde otwarcie danych odnotowuje dziennik dostępu.</source>
        <translation>Pupils with migration experience: minimal data, forms of support and their compliance with regulations. The list shows only codes (pseudonyms); the full name is shown on the pupil card. Every opening of the data is recorded in the access log.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="91"/>
        <source>Szukaj: kod, klasa, kraj…</source>
        <translation>Search: code, class, country…</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="92"/>
        <source>Filtr listy uczniów</source>
        <translation>Pupil list filter</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="95"/>
        <source>Kod</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="95"/>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="140"/>
        <source>Klasa</source>
        <translation>Class</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="95"/>
        <source>Kraj</source>
        <translation>Country</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="95"/>
        <source>Polski</source>
        <translation>Polish</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="96"/>
        <source>Podstawa</source>
        <translation>Basis</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="96"/>
        <source>Lista uczniów</source>
        <translation>List of pupils</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="102"/>
        <source>&amp;Nowy uczeń</source>
        <translation>&amp;New pupil</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="105"/>
        <source>&amp;Wydaj dane…</source>
        <translation>&amp;Export data…</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="106"/>
        <source>Wszystkie dane ucznia do pliku (wniosek o dostęp do danych)</source>
        <translation>All pupil data to a file (data access request)</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="109"/>
        <source>&amp;Usuń dane…</source>
        <translation>&amp;Delete data…</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="110"/>
        <source>Nieodwracalnie usuń ucznia, jego formy wsparcia, opinie i pliki</source>
        <translation>Irreversibly delete the pupil, their forms of support, opinions and files</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="116"/>
        <source>Podsumowanie uwag dla szkoły</source>
        <translation>Summary of comments for the school</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="120"/>
        <source>Karta ucznia</source>
        <translation>Pupil card</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="121"/>
        <source>&amp;Dane ucznia</source>
        <translation>&amp;Pupil details</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="122"/>
        <source>&amp;Formy wsparcia</source>
        <translation>&amp;Forms of support</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="123"/>
        <source>&amp;Podsumowanie i uwagi</source>
        <translation>&amp;Summary and comments</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="134"/>
        <source>Kod ucznia</source>
        <translation>Pupil code</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="137"/>
        <source>Imię i nazwisko</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="139"/>
        <source>np. 4b, OP 1-3</source>
        <translation>e.g. 4b, OP 1-3</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="142"/>
        <source>Przyjazd do Polski</source>
        <translation>Arrival in Poland</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="144"/>
        <source>W szkole od</source>
        <translation>At school since</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="150"/>
        <source>Kraj pochodzenia</source>
        <translation>Country of origin</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="152"/>
        <source>kody po przecinku, np. uk, ru</source>
        <translation>comma-separated codes, e.g. uk, ru</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="153"/>
        <source>Języki ucznia</source>
        <translation>Pupil&apos;s languages</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="154"/>
        <source>Poziom znajomości polskiego</source>
        <translation>Polish proficiency level</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="155"/>
        <source>Podstawa kształcenia</source>
        <translation>Basis of education</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="157"/>
        <source>Uwagi (szyfrowane)</source>
        <translation>Remarks (encrypted)</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="159"/>
        <source>Kod:</source>
        <translation>Code:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="160"/>
        <source>&amp;Imię i nazwisko:</source>
        <translation>&amp;Full name:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="161"/>
        <source>&amp;Klasa:</source>
        <translation>&amp;Class:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="162"/>
        <source>Przyjazd do &amp;Polski:</source>
        <translation>Arrival in &amp;Poland:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="163"/>
        <source>W &amp;szkole od:</source>
        <translation>At &amp;school since:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="164"/>
        <source>K&amp;raj pochodzenia:</source>
        <translation>Country of o&amp;rigin:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="165"/>
        <source>&amp;Języki:</source>
        <translation>&amp;Languages:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="166"/>
        <source>Poziom &amp;polskiego:</source>
        <translation>&amp;Polish level:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="167"/>
        <source>Po&amp;dstawa kształcenia:</source>
        <translation>&amp;Basis of education:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="168"/>
        <source>&amp;Uwagi:</source>
        <translation>&amp;Remarks:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="172"/>
        <source>&amp;Zapisz ucznia</source>
        <translation>&amp;Save pupil</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="182"/>
        <source>Nr</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="182"/>
        <source>Forma wsparcia</source>
        <translation>Form of support</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="182"/>
        <source>Godz./tydz.</source>
        <translation>H/week</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="183"/>
        <source>Od</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="183"/>
        <source>Do</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="183"/>
        <source>Formy wsparcia ucznia</source>
        <translation>Pupil&apos;s forms of support</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="185"/>
        <source>Nowa forma wsparcia</source>
        <translation>New form of support</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="187"/>
        <source>Rodzaj wsparcia</source>
        <translation>Type of support</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="190"/>
        <source>Przedmiot zajęć wyrównawczych</source>
        <translation>Compensatory classes subject</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="192"/>
        <source>Asystent</source>
        <translation>Assistant</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="193"/>
        <source>Rodzaj pomocy psychologiczno-pedagogicznej</source>
        <translation>Type of psychological and pedagogical support</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="199"/>
        <source>Godziny tygodniowo</source>
        <translation>Hours per week</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="201"/>
        <source>Początek wsparcia</source>
        <translation>Start of support</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="203"/>
        <source>Koniec wsparcia</source>
        <translation>End of support</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="204"/>
        <source>&amp;Rodzaj:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="205"/>
        <source>Prz&amp;edmiot:</source>
        <translation>Su&amp;bject:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="206"/>
        <source>&amp;Asystent:</source>
        <translation>&amp;Assistant:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="207"/>
        <source>Rodzaj &amp;pomocy:</source>
        <translation>Type of &amp;support:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="208"/>
        <source>&amp;Godziny tygodniowo:</source>
        <translation>&amp;Hours per week:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="209"/>
        <source>&amp;Od:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="210"/>
        <source>&amp;Do:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="212"/>
        <source>Dodaj &amp;formę wsparcia</source>
        <translation>Add &amp;form of support</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="214"/>
        <source>Usuń &amp;zaznaczoną</source>
        <translation>Delete &amp;selected</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="230"/>
        <source>Podsumowanie wsparcia ucznia</source>
        <translation>Pupil support summary</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="232"/>
        <source>Uwagi wynikające z przepisów:</source>
        <translation>Findings based on regulations:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="233"/>
        <source>Uwagi dotyczące wsparcia ucznia</source>
        <translation>Findings on pupil support</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="253"/>
        <source>Uczniów: %1</source>
        <translation>Pupils: %1</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="261"/>
        <source>Sprawdzenie wszystkich uczniów: błędy %1, uwagi %2.</source>
        <translation>Check of all pupils: errors %1, warnings %2.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="320"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — obecnie %2 godz. wsparcia tygodniowo.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — currently %2 h of support per week.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="323"/>
        <source>godz./tydz.</source>
        <translation>h/week</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="325"/>
        <source>• %1: wykorzystano %2 z %3 mies. (do %4)</source>
        <translation>• %1: used %2 of %3 months (until %4)</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="329"/>
        <source>Wsparcie ucznia jest zgodne z regułami.</source>
        <translation>The pupil&apos;s support complies with the rules.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="344"/>
        <source>(nowy uczeń)</source>
        <translation>(new pupil)</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="373"/>
        <source>Zapisano dane ucznia %1.</source>
        <translation>Data of pupil %1 saved.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="380"/>
        <source>Najpierw wybierz ucznia z listy albo zapisz nowego.</source>
        <translation>First select a pupil from the list or save a new one.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="390"/>
        <source>Dodano formę wsparcia: %1.</source>
        <translation>Form of support added: %1.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="408"/>
        <source>Zapisz wszystkie dane ucznia</source>
        <translation>Save all pupil data</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="409"/>
        <source>Plik JSON (*.json)</source>
        <translation>JSON file (*.json)</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="423"/>
        <source>Zapisano wszystkie dane ucznia %1 w pliku %2. Plik zawiera dane osobowe — przekaż go bezpiecznie.</source>
        <translation>All data of pupil %1 has been saved to file %2. The file contains personal data — hand it over securely.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="433"/>
        <source>Usunąć dane ucznia?</source>
        <translation>Delete pupil data?</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="434"/>
        <source>Nieodwracalnie usunąć wszystkie dane ucznia %1: dane osobowe, formy wsparcia, opinie i orzeczenia z plikami? Dziennik dostępu zachowa tylko fakt usunięcia.</source>
        <translation>Irreversibly delete all data of pupil %1: personal data, forms of support, opinions and decisions with files? The access log will keep only the fact of deletion.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="443"/>
        <source>Usunięto dane ucznia %1.</source>
        <translation>Data of pupil %1 deleted.</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <location filename="../../edulab_app/ui/background.py" line="109"/>
        <source>Anuluj</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>RegionTab</name>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="48"/>
        <source>Podsumowanie regionu</source>
        <translation>Region summary</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="50"/>
        <source>Po&amp;wiat:</source>
        <translation>&amp;District:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="52"/>
        <source>Region: powiat</source>
        <translation>Region: district</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="57"/>
        <source>&amp;Odśwież</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="58"/>
        <source>Odśwież zestawienie regionu</source>
        <translation>Refresh regional summary</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="60"/>
        <source>Eksportuj &amp;XLSX…</source>
        <translation>Export &amp;XLSX…</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="61"/>
        <source>Eksportuj zestawienie regionu do arkusza XLSX</source>
        <translation>Export the regional summary to an XLSX spreadsheet</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="63"/>
        <source>Eksportuj &amp;PDF…</source>
        <translation>Export &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="64"/>
        <source>Eksportuj zestawienie regionu do PDF</source>
        <translation>Export the regional summary to PDF</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="71"/>
        <source>Części zestawienia regionu</source>
        <translation>Parts of the regional summary</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="77"/>
        <source>Koszty według lat i kategorii</source>
        <translation>Costs by year and category</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="78"/>
        <source>Wykres kosztów regionu według lat i kategorii</source>
        <translation>Chart of regional costs by year and category</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="80"/>
        <source>Koszty według powiatów</source>
        <translation>Costs by district</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="81"/>
        <source>Wykres kosztów według powiatów</source>
        <translation>Chart of costs by district</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="84"/>
        <source>Tabele kosztów</source>
        <translation>Cost tables</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="85"/>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="87"/>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="107"/>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="118"/>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="184"/>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="188"/>
        <source>Powiat</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="85"/>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="104"/>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="108"/>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="118"/>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="128"/>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="137"/>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="184"/>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="188"/>
        <source>Szkoły</source>
        <translation>Schools</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="85"/>
        <source>Koszty według powiatów i lat</source>
        <translation>Costs by district and year</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="87"/>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="188"/>
        <source>Gmina</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="87"/>
        <source>Koszty według gmin i lat</source>
        <translation>Costs by municipality and year</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="89"/>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="194"/>
        <source>Kategoria</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="89"/>
        <source>Koszty według kategorii i lat</source>
        <translation>Costs by category and year</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="90"/>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="195"/>
        <source>Źródło finansowania</source>
        <translation>Funding source</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="90"/>
        <source>Koszty według źródeł i lat</source>
        <translation>Costs by source and year</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="91"/>
        <source>Powiaty</source>
        <translation>Districts</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="92"/>
        <source>Gminy</source>
        <translation>Municipalities</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="93"/>
        <source>Kategorie</source>
        <translation>Categories</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="94"/>
        <source>Źródła finansowania</source>
        <translation>Funding sources</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="95"/>
        <source>&amp;Koszty</source>
        <translation>&amp;Costs</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="100"/>
        <source>Uczestnicy zsumowani z planów szkół; grupy do zorganizowania w powiecie = uczestnicy ÷ największa liczebność grupy szkolenia (w górę).</source>
        <translation>Participants summed from school plans; groups to organise in the district = participants ÷ largest training group size (rounded up).</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="104"/>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="107"/>
        <source>Szkolenie</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="104"/>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="107"/>
        <source>Rok szkolny</source>
        <translation>School year</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="105"/>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="108"/>
        <source>Uczestnicy</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="105"/>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="109"/>
        <source>Grupy</source>
        <translation>Groups</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="106"/>
        <source>Szkolenia razem w regionie</source>
        <translation>Total training in the region</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="108"/>
        <source>Maks. w grupie</source>
        <translation>Max. per group</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="109"/>
        <source>Szkolenia według powiatów</source>
        <translation>Training by district</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="112"/>
        <source>&amp;Szkolenia</source>
        <translation>&amp;Training</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="116"/>
        <source>Asystenci potrzebni i zaplanowani według powiatów</source>
        <translation>Assistants needed and planned by district</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="118"/>
        <source>Uczniowie z Ukrainy</source>
        <translation>Pupils from Ukraine</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="119"/>
        <source>Potrzebni</source>
        <translation>Needed</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="119"/>
        <source>Zaplanowani</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="119"/>
        <source>Szkoły z niedoborem</source>
        <translation>Schools with a shortage</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="120"/>
        <source>Niedobór</source>
        <translation>Shortage</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="120"/>
        <source>Asystenci według powiatów</source>
        <translation>Assistants by district</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="122"/>
        <source>&amp;Asystenci</source>
        <translation>&amp;Assistants</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="126"/>
        <source>Najczęstsze priorytety</source>
        <translation>Most frequent priorities</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="128"/>
        <source>Priorytet</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="128"/>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="137"/>
        <source>Odsetek</source>
        <translation>Percentage</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="129"/>
        <source>W pierwszej trójce</source>
        <translation>In the top three</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="129"/>
        <source>Priorytety szkół</source>
        <translation>Schools&apos; priorities</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="131"/>
        <source>&amp;Priorytety</source>
        <translation>&amp;Priorities</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="135"/>
        <source>Odsetek szkół podejmujących zadania SMI</source>
        <translation>Percentage of schools undertaking SMI tasks</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="137"/>
        <source>Zadanie szkoły (SMI)</source>
        <translation>School task (SMI)</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="138"/>
        <source>Powiaty bez szkół z tym zadaniem</source>
        <translation>Districts without schools doing this task</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="138"/>
        <source>Zadania SMI</source>
        <translation>SMI tasks</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="140"/>
        <source>&amp;Zadania SMI</source>
        <translation>SMI &amp;tasks</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="144"/>
        <source>Założenia zestawienia</source>
        <translation>Summary assumptions</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="156"/>
        <source>cały region</source>
        <translation>whole region</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="168"/>
        <source>&lt;b&gt;Szkół: %1&lt;/b&gt; · uczniowie z doświadczeniem migracji: %2 · łączny koszt planów: &lt;b&gt;%3&lt;/b&gt; · lata: %4</source>
        <translation>&lt;b&gt;Schools: %1&lt;/b&gt; · pupils with migration experience: %2 · total cost of plans: &lt;b&gt;%3&lt;/b&gt; · years: %4</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="178"/>
        <source>Brak kosztów.</source>
        <translation>No costs.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="180"/>
        <source>koszt planów</source>
        <translation>cost of plans</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="181"/>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="217"/>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="236"/>
        <source>Brak danych.</source>
        <translation>No data.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="182"/>
        <source>Razem</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="215"/>
        <source>potrzebni</source>
        <translation>needed</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="216"/>
        <source>zaplanowani</source>
        <translation>planned</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="226"/>
        <source>szkoły</source>
        <translation>schools</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="227"/>
        <source>Brak priorytetów.</source>
        <translation>No priorities.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="234"/>
        <source>odsetek szkół</source>
        <translation>percentage of schools</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="248"/>
        <source>Zapisz zestawienie regionu</source>
        <translation>Save regional summary</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="249"/>
        <source>Arkusz (*.xlsx)</source>
        <translation>Spreadsheet (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="249"/>
        <source>Dokument PDF (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="265"/>
        <source>Zapisywanie zestawienia…</source>
        <translation>Saving summary…</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="267"/>
        <source>Eksport zestawienia regionu</source>
        <translation>Regional summary export</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="268"/>
        <source>Postęp eksportu</source>
        <translation>Export progress</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="292"/>
        <source>Zapisano: %1</source>
        <translation>Saved: %1</translation>
    </message>
</context>
<context>
    <name>RegulationPage</name>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="65"/>
        <source>Stan regulaminu</source>
        <translation>Policy status</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="68"/>
        <source>Regulamin przeciwdziałania dyskryminacji z procedurą zgłaszania i reagowania. Terminy kroków procedury pochodzą z ustawień rejestru zgłoszeń (to praktyka przyjęta gdzie indziej, nie przepis prawa).</source>
        <translation>Anti-discrimination policy with a reporting and response procedure. Deadlines for the procedure steps come from the report register settings (this is practice adopted elsewhere, not a legal requirement).</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="78"/>
        <source>Czego brakuje w regulaminie</source>
        <translation>What is missing from the policy</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="84"/>
        <source>Szkoła nie ma jeszcze regulaminu. Projekt powstanie z wzoru, danych szkoły i listy kadry — potem go uzupełnisz i przyjmiesz.</source>
        <translation>The school does not have a policy yet. A draft will be created from the template, the school details and the staff list — then you will complete and adopt it.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="86"/>
        <source>&amp;Utwórz projekt regulaminu</source>
        <translation>&amp;Create draft policy</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="87"/>
        <source>Utwórz projekt regulaminu z danymi szkoły</source>
        <translation>Create a draft policy with the school details</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="94"/>
        <source>Części regulaminu</source>
        <translation>Parts of the policy</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="95"/>
        <source>&amp;Dane szkoły</source>
        <translation>&amp;School details</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="96"/>
        <source>&amp;Tekst</source>
        <translation>&amp;Text</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="97"/>
        <source>&amp;Wersje</source>
        <translation>&amp;Versions</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="102"/>
        <source>PDF &amp;regulaminu…</source>
        <translation>&amp;Policy PDF…</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="104"/>
        <source>PDF dla &amp;rodzin…</source>
        <translation>PDF for &amp;families…</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="105"/>
        <source>Skrócona wersja dla rodzin w ich językach</source>
        <translation>Short version for families in their languages</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="121"/>
        <source>&amp;Dyrektor:</source>
        <translation>&amp;Director:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="121"/>
        <source>imię i nazwisko</source>
        <translation>full name</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="122"/>
        <source>&amp;E-mail do zgłoszeń:</source>
        <translation>&amp;E-mail for reports:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="122"/>
        <source>np. zglos@szkola.pl</source>
        <translation>e.g. zglos@szkola.pl</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="123"/>
        <source>&amp;Skrzynka zgłoszeń:</source>
        <translation>&amp;Report box:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="123"/>
        <source>gdzie jest skrzynka anonimowych zgłoszeń</source>
        <translation>where the anonymous report box is</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="124"/>
        <source>&amp;Formularz zgłoszeń:</source>
        <translation>Reporting &amp;form:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="124"/>
        <source>adres formularza (jeśli szkoła go ma)</source>
        <translation>form address (if the school has one)</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="125"/>
        <source>&amp;Standardy ochrony małoletnich:</source>
        <translation>&amp;Child protection standards:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="126"/>
        <source>np. zarządzenie dyrektora nr … z dnia …</source>
        <translation>e.g. director&apos;s order no. … of …</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="127"/>
        <source>&amp;Osoba odpowiedzialna za standardy:</source>
        <translation>&amp;Person responsible for the standards:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="128"/>
        <source>&amp;Kto przyjmuje regulamin:</source>
        <translation>&amp;Adopted by:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="128"/>
        <source>np. Rada Pedagogiczna</source>
        <translation>e.g. Pedagogical Council</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="136"/>
        <source> mies.</source>
        <translation> mo.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="137"/>
        <source>Przegląd regulaminu co tyle miesięcy</source>
        <translation>Policy review interval (months)</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="138"/>
        <source>&amp;Przegląd co:</source>
        <translation>&amp;Review every:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="144"/>
        <source>Wersja dla rodzin w języku: %1</source>
        <translation>Version for families in: %1</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="150"/>
        <source>Wersje dla rodzin:</source>
        <translation>Versions for families:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="153"/>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="158"/>
        <source>Osoby zaufania</source>
        <translation>Trusted persons</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="156"/>
        <source>Imię i nazwisko</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="156"/>
        <source>Funkcja</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="157"/>
        <source>Kontakt, dyżur</source>
        <translation>Contact, office hours</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="157"/>
        <source>Języki (kody, np. uk,ru)</source>
        <translation>Languages (codes, e.g. uk,ru)</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="164"/>
        <source>Dodaj &amp;osobę</source>
        <translation>Add &amp;person</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="166"/>
        <source>&amp;Usuń zaznaczoną</source>
        <translation>&amp;Delete selected</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="173"/>
        <source>&amp;Zapisz dane i odśwież tekst</source>
        <translation>&amp;Save details and refresh text</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="174"/>
        <source>Zapisz dane szkoły i odśwież tekst regulaminu</source>
        <translation>Save school details and refresh the policy text</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="185"/>
        <source>Paragrafy regulaminu</source>
        <translation>Policy clauses</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="193"/>
        <source>Tekst paragrafu</source>
        <translation>Clause text</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="194"/>
        <source>Pusty wiersz oddziela akapity; wiersz zaczynający się od „- ” to punkt listy.</source>
        <translation>An empty line separates paragraphs; a line starting with “- ” is a list item.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="200"/>
        <source>Stan paragrafu</source>
        <translation>Clause status</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="202"/>
        <source>Przywróć tekst &amp;wzoru</source>
        <translation>Restore &amp;template text</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="204"/>
        <source>Zapisz &amp;paragraf</source>
        <translation>Save c&amp;lause</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="217"/>
        <source>Wersja</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="217"/>
        <source>Przyjęta</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="217"/>
        <source>Uchwała nr</source>
        <translation>Resolution no.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="218"/>
        <source>Przyjął</source>
        <translation>Adopted by</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="218"/>
        <source>Zmiany</source>
        <translation>Changes</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="219"/>
        <source>Przyjęte wersje regulaminu</source>
        <translation>Adopted versions of the policy</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="227"/>
        <source>Przyjęcie nowej wersji</source>
        <translation>Adoption of a new version</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="233"/>
        <source>Data przyjęcia</source>
        <translation>Adoption date</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="235"/>
        <source>Numer uchwały lub zarządzenia</source>
        <translation>Resolution or order number</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="236"/>
        <source>np. 12/2026/2027</source>
        <translation>e.g. 12/2026/2027</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="238"/>
        <source>Kto przyjął</source>
        <translation>Adopted by</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="240"/>
        <source>Co się zmieniło</source>
        <translation>What has changed</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="241"/>
        <source>Data &amp;przyjęcia:</source>
        <translation>&amp;Adoption date:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="242"/>
        <source>&amp;Uchwała (zarządzenie) nr:</source>
        <translation>&amp;Resolution (order) no.:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="243"/>
        <source>Przyjął (&amp;organ):</source>
        <translation>Adopted by (&amp;body):</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="244"/>
        <source>&amp;Zmiany:</source>
        <translation>&amp;Changes:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="245"/>
        <source>Przyjmij &amp;wersję</source>
        <translation>Adopt &amp;version</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="249"/>
        <source>Zmiany od ostatniej przyjętej wersji:</source>
        <translation>Changes since the last adopted version:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="252"/>
        <source>Zmiany od ostatniej przyjętej wersji</source>
        <translation>Changes since the last adopted version</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="266"/>
        <source>Brak regulaminu</source>
        <translation>No policy</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="271"/>
        <source>Projekt — nie przyjęty</source>
        <translation>Draft — not adopted</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="272"/>
        <source>✓ Przyjęty: wersja %1 z %2</source>
        <translation>✓ Adopted: version %1 of %2</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="273"/>
        <source>Zmieniony po przyjęciu wersji %1 z %2 — do przyjęcia</source>
        <translation>Changed after adoption of version %1 of %2 — pending adoption</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="279"/>
        <source>Do uzupełnienia przed przyjęciem (zakładka „Dane szkoły”): %1.</source>
        <translation>To complete before adoption (“School details” tab): %1.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="291"/>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="369"/>
        <source>Tekst zmieniony przez szkołę</source>
        <translation>Text changed by the school</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="291"/>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="369"/>
        <source>Tekst wzoru</source>
        <translation>Template text</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="316"/>
        <source>Funkcja osoby zaufania</source>
        <translation>Trusted person&apos;s position</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="354"/>
        <source>Tekst nie zmienił się od przyjęcia ostatniej wersji.</source>
        <translation>The text has not changed since the last version was adopted.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="356"/>
        <source>Regulamin nie był jeszcze przyjęty.</source>
        <translation>The policy has not been adopted yet.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="357"/>
        <source>Brak zmian od ostatniej przyjętej wersji.</source>
        <translation>No changes since the last adopted version.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="373"/>
        <source>Niezapisane zmiany</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="424"/>
        <source>Nie przyjęto — popraw:</source>
        <translation>Not adopted — correct:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="433"/>
        <source>Zapisz regulamin „Bezpieczna szkoła”</source>
        <translation>Save the “Safe School” policy</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="439"/>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="450"/>
        <source>✓ Zapisano PDF: %1</source>
        <translation>✓ PDF saved: %1</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="444"/>
        <source>Zapisz wersję dla rodzin</source>
        <translation>Save version for families</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <location filename="../../edulab_app/ui/plan/review_comments.py" line="274"/>
        <location filename="../../edulab_app/ui/plan/review_comments.py" line="276"/>
        <source>Przegląd planu przez eksperta EDUlab</source>
        <translation>Plan review by an EDUlab expert</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/review_comments.py" line="282"/>
        <source>Stan przeglądu planu</source>
        <translation>Plan review status</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/review_comments.py" line="286"/>
        <source>Uwagi eksperta do działań</source>
        <translation>Expert comments on actions</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/review_comments.py" line="288"/>
        <source>Pokaż &amp;działania z uwagami</source>
        <translation>Show &amp;actions with comments</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/review_comments.py" line="289"/>
        <source>Pokaż działania z uwagami eksperta</source>
        <translation>Show actions with expert comments</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/review_comments.py" line="293"/>
        <source>Odpowiedzi trafią do eksperta w następnym pakiecie .edulab szkoły (Plik → Eksport).</source>
        <translation>Replies will reach the expert in the school&apos;s next .edulab package (File → Export).</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/review_comments.py" line="313"/>
        <source>Uwagi eksperta do całego planu</source>
        <translation>Expert comments on the whole plan</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/review_comments.py" line="328"/>
        <source>&lt;b&gt;Stan przeglądu:&lt;/b&gt; &lt;span style=&apos;color:%1&apos;&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/span&gt;</source>
        <translation>&lt;b&gt;Review status:&lt;/b&gt; &lt;span style=&apos;color:%1&apos;&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/review_comments.py" line="331"/>
        <source>Ekspert: %1</source>
        <translation>Expert: %1</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/review_comments.py" line="332"/>
        <source>Plik uwag z %1, wczytany %2.</source>
        <translation>Comments file of %1, loaded %2.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/review_comments.py" line="338"/>
        <source>Uwagi do działań: %1 (działań: %2), bez odpowiedzi: %3.</source>
        <translation>Comments on actions: %1 (actions: %2), unanswered: %3.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/review_comments.py" line="345"/>
        <source>&lt;b&gt;Uwagi do całego planu: %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Comments on the whole plan: %1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/review_comments.py" line="347"/>
        <source>bez odpowiedzi: %1</source>
        <translation>unanswered: %1</translation>
    </message>
</context>
<context>
    <name>ReviewTab</name>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="101"/>
        <source>Wybierz szkołę w zakładce „Szkoły” (dwukrotne kliknięcie albo Enter).</source>
        <translation>Select a school in the “Schools” tab (double-click or Enter).</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="104"/>
        <source>Szkoła w przeglądzie</source>
        <translation>School under review</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="109"/>
        <source>Stan przeglądu</source>
        <translation>Review status</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="114"/>
        <source>W &amp;przeglądzie</source>
        <translation>Under &amp;review</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="114"/>
        <source>Oznacz: w przeglądzie</source>
        <translation>Mark: under review</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="115"/>
        <source>&amp;Zwróć do szkoły</source>
        <translation>&amp;Return to school</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="115"/>
        <source>Oznacz: zwrócony do szkoły do poprawy</source>
        <translation>Mark: returned to school for correction</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="116"/>
        <source>Za&amp;akceptuj</source>
        <translation>Acce&amp;pt</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="116"/>
        <source>Oznacz: plan zaakceptowany</source>
        <translation>Mark: plan accepted</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="117"/>
        <source>Oznacz jako &amp;nowy</source>
        <translation>Mark as &amp;new</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="117"/>
        <source>Oznacz: nowy, jeszcze nieprzeglądany</source>
        <translation>Mark: new, not yet reviewed</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="123"/>
        <source>&amp;Eksportuj uwagi dla szkoły…</source>
        <translation>&amp;Export comments for the school…</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="124"/>
        <source>Eksportuj plik uwag dla szkoły</source>
        <translation>Export comments file for the school</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="131"/>
        <source>Diagnoza i plan szkoły</source>
        <translation>School diagnosis and plan</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="149"/>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="162"/>
        <source>Nr</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="149"/>
        <source>Priorytet</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="149"/>
        <source>Uzasadnienie</source>
        <translation>Rationale</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="150"/>
        <source>Priorytety szkoły</source>
        <translation>School priorities</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="151"/>
        <source>Obszar</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="151"/>
        <source>Zasoby</source>
        <translation>Resources</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="151"/>
        <source>Potrzeby</source>
        <translation>Needs</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="151"/>
        <source>Luka</source>
        <translation>Gap</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="152"/>
        <source>Wyniki obszarów diagnozy</source>
        <translation>Diagnosis area scores</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="153"/>
        <source>Priorytety</source>
        <translation>Priorities</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="155"/>
        <source>Wyniki obszarów (0–100)</source>
        <translation>Area scores (0–100)</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="159"/>
        <source>&amp;Diagnoza</source>
        <translation>&amp;Diagnosis</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="162"/>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="189"/>
        <source>Działanie</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="162"/>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="183"/>
        <source>Rok szkolny</source>
        <translation>School year</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="162"/>
        <source>Termin</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="163"/>
        <source>Stan</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="163"/>
        <source>Koszt</source>
        <translation>Cost</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="163"/>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="206"/>
        <source>Uwagi eksperta</source>
        <translation>Expert comments</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="164"/>
        <source>Działania planu (tylko do odczytu)</source>
        <translation>Plan actions (read-only)</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="166"/>
        <source>Dzi&amp;ałania</source>
        <translation>Ac&amp;tions</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="174"/>
        <source>Harmonogram</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="176"/>
        <source>&amp;Harmonogram</source>
        <translation>&amp;Schedule</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="181"/>
        <source>Koszty według lat i kategorii</source>
        <translation>Costs by year and category</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="183"/>
        <source>Kategoria</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="183"/>
        <source>Źródło finansowania</source>
        <translation>Funding source</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="184"/>
        <source>Kwota</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="184"/>
        <source>Koszty planu</source>
        <translation>Plan costs</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="186"/>
        <source>&amp;Koszty</source>
        <translation>&amp;Costs</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="189"/>
        <source>Waga</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="189"/>
        <source>Uwaga kontroli planu</source>
        <translation>Plan check finding</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="190"/>
        <source>Uwagi kontroli planu</source>
        <translation>Plan check findings</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="192"/>
        <source>&amp;Uwagi kontroli</source>
        <translation>&amp;Check findings</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="197"/>
        <source>Pakiet z</source>
        <translation>Package from</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="197"/>
        <source>Wczytano</source>
        <translation>Loaded</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="197"/>
        <source>Plik</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="197"/>
        <source>Wersja</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="198"/>
        <source>Pakiety szkoły</source>
        <translation>School packages</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="199"/>
        <source>Kiedy</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="199"/>
        <source>Zdarzenie</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="199"/>
        <source>Historia przeglądu</source>
        <translation>Review history</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="203"/>
        <source>H&amp;istoria</source>
        <translation>H&amp;istory</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="210"/>
        <source>Czego dotyczą uwagi</source>
        <translation>What the comments concern</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="212"/>
        <source>Uwagi do &amp;całego planu</source>
        <translation>Comments on the &amp;whole plan</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="213"/>
        <source>Pokaż uwagi do całego planu</source>
        <translation>Show comments on the whole plan</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="217"/>
        <source>Uwagi i odpowiedzi szkoły</source>
        <translation>Comments and school replies</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="222"/>
        <source>Treść nowej uwagi</source>
        <translation>Text of the new comment</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="223"/>
        <source>Nowa uwaga…</source>
        <translation>New comment…</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="228"/>
        <source>&amp;Dodaj uwagę</source>
        <translation>&amp;Add comment</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="229"/>
        <source>Dodaj uwagę</source>
        <translation>Add comment</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="231"/>
        <source>&amp;Usuń zaznaczoną</source>
        <translation>&amp;Delete selected</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="232"/>
        <source>Usuń zaznaczoną uwagę</source>
        <translation>Delete selected comment</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="272"/>
        <source>RSPO %1 · %2, powiat %3 · uczniowie z doświadczeniem migracji: %4 z %5%6 · plan %7 · pakiet z %8 (%9)</source>
        <translation>RSPO %1 · %2, %3 district · pupils with migration experience: %4 of %5%6 · plan %7 · package of %8 (%9)</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="280"/>
        <source>Stan przeglądu: %1</source>
        <translation>Review status: %1</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="294"/>
        <source>Pakiet nie zawiera wyników diagnozy.</source>
        <translation>The package does not contain diagnosis results.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="331"/>
        <source>Brak planu.</source>
        <translation>No plan.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="340"/>
        <source>Plan nie ma kosztów.</source>
        <translation>The plan has no costs.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="351"/>
        <source>cały plan</source>
        <translation>whole plan</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="354"/>
        <source>&amp;Uwagi kontroli (%1)</source>
        <translation>&amp;Check findings (%1)</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="359"/>
        <source>(bieżący)</source>
        <translation>(current)</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="366"/>
        <source>Stan: %1 → %2</source>
        <translation>State: %1 → %2</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="382"/>
        <source>Uwagi do działania %1: %2</source>
        <translation>Comments on action %1: %2</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="385"/>
        <source>Uwagi do całego planu</source>
        <translation>Comments on the whole plan</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="390"/>
        <source>Brak uwag.</source>
        <translation>No comments.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="398"/>
        <source>(do wcześniejszej wersji planu)</source>
        <translation>(to an earlier version of the plan)</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="400"/>
        <source>Odpowiedź szkoły (%1): %2</source>
        <translation>School&apos;s reply (%1): %2</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="462"/>
        <source>Zapisz plik uwag dla szkoły</source>
        <translation>Save comments file for the school</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="464"/>
        <source>Plik uwag EDUlab (*.edulab-review)</source>
        <translation>EDUlab comments file (*.edulab-review)</translation>
    </message>
</context>
<context>
    <name>ScheduleTab</name>
    <message>
        <location filename="../../edulab_app/ui/plan/schedule_tab.py" line="20"/>
        <source>Działania miesiąc po miesiącu. Szare pola to ferie, przerwy świąteczne i wakacje z kalendarza szkolnego, czerwona linia — dziś, czarna kreska pod paskiem — faktyczny przebieg. Dwuklik lub Enter otwiera działanie do edycji.</source>
        <translation>Actions month by month. Grey fields are winter holidays, holiday breaks and summer holidays from the school calendar; the red line is today; the black line under a bar shows the actual course. Double-click or press Enter to open an action for editing.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/schedule_tab.py" line="35"/>
        <source>ferie, przerwy, wakacje</source>
        <translation>winter break, breaks, summer holidays</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/schedule_tab.py" line="36"/>
        <source>dziś</source>
        <translation>today</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/schedule_tab.py" line="37"/>
        <source>działanie z błędem</source>
        <translation>action with an error</translation>
    </message>
</context>
<context>
    <name>SchoolForm</name>
    <message>
        <location filename="../../edulab_app/ui/school_form.py" line="41"/>
        <source>Numer RSPO</source>
        <translation>RSPO number</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/school_form.py" line="41"/>
        <source>np. 123456</source>
        <translation>e.g. 123456</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/school_form.py" line="42"/>
        <source>Nazwa szkoły</source>
        <translation>School name</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/school_form.py" line="42"/>
        <source>pełna nazwa, jak w rejestrze RSPO</source>
        <translation>full name, as in the RSPO register</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/school_form.py" line="47"/>
        <source>Typ szkoły</source>
        <translation>Type of school</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/school_form.py" line="48"/>
        <source>Ulica i numer</source>
        <translation>Street and number</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/school_form.py" line="49"/>
        <source>Kod pocztowy</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/school_form.py" line="50"/>
        <source>Miejscowość</source>
        <translation>Town</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/school_form.py" line="51"/>
        <source>Gmina</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/school_form.py" line="55"/>
        <source>Województwo</source>
        <translation>Voivodeship</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/school_form.py" line="58"/>
        <source>Powiat</source>
        <translation>County</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/school_form.py" line="59"/>
        <source>Organ prowadzący</source>
        <translation>Governing body</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/school_form.py" line="59"/>
        <source>np. Gmina Miasta Gdańska</source>
        <translation>e.g. Gmina Miasta Gdańska</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/school_form.py" line="60"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/school_form.py" line="60"/>
        <source>sekretariat@…</source>
        <translation>office@…</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/school_form.py" line="61"/>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/school_form.py" line="62"/>
        <source>Bieżący rok szkolny</source>
        <translation>Current school year</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/school_form.py" line="63"/>
        <source>Liczba uczniów ogółem</source>
        <translation>Pupils in total</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/school_form.py" line="64"/>
        <source>Liczba uczniów z doświadczeniem migracji</source>
        <translation>Pupils with migration experience</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/school_form.py" line="70"/>
        <source>Uczniowie, którzy przyjechali z zagranicy lub wychowują się w rodzinie migrantów, niezależnie od obywatelstwa.</source>
        <translation>Pupils who came from abroad or grow up in a migrant family, whatever their citizenship.</translation>
    </message>
</context>
<context>
    <name>SchoolPage</name>
    <message>
        <location filename="../../edulab_app/ui/school_page.py" line="32"/>
        <source>Dane szkoły trafiają na okładkę planu i do eksportów dla EDUlab. Liczby uczniów aktualizuj na początku każdego roku szkolnego.</source>
        <translation>The school&apos;s data goes on the plan&apos;s cover and into the exports for EDUlab. Update the pupil numbers at the start of every school year.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/school_page.py" line="39"/>
        <source>Błędy w formularzu</source>
        <translation>Errors in the form</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/school_page.py" line="50"/>
        <source>Stan zapisu</source>
        <translation>Save state</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/school_page.py" line="52"/>
        <source>Przywróć zapisane</source>
        <translation>Revert to saved</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/school_page.py" line="55"/>
        <source>&amp;Zapisz</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/school_page.py" line="56"/>
        <source>Zapisz zmiany (Ctrl+S)</source>
        <translation>Save changes (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/school_page.py" line="76"/>
        <source>Niezapisane zmiany</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/school_page.py" line="76"/>
        <source>✓ Zapisano</source>
        <translation>✓ Saved</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/school_page.py" line="84"/>
        <source>Nie zapisano — popraw:</source>
        <translation>Not saved — please correct:</translation>
    </message>
</context>
<context>
    <name>SchoolsTab</name>
    <message>
        <location filename="../../edulab_app/ui/expert/schools_tab.py" line="204"/>
        <source>Wczytaj &amp;pakiety…</source>
        <translation>Load &amp;packages…</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/schools_tab.py" line="205"/>
        <source>Wczytaj pakiety szkół z plików</source>
        <translation>Load school packages from files</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/schools_tab.py" line="207"/>
        <source>Wczytaj &amp;folder…</source>
        <translation>Load &amp;folder…</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/schools_tab.py" line="208"/>
        <source>Wczytaj wszystkie pakiety z folderu</source>
        <translation>Load all packages from a folder</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/schools_tab.py" line="213"/>
        <source>Po&amp;wiat:</source>
        <translation>&amp;District:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/schools_tab.py" line="215"/>
        <source>Filtr: powiat</source>
        <translation>Filter: district</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/schools_tab.py" line="217"/>
        <source>S&amp;tan:</source>
        <translation>S&amp;tate:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/schools_tab.py" line="219"/>
        <source>Filtr: stan przeglądu</source>
        <translation>Filter: review status</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/schools_tab.py" line="221"/>
        <location filename="../../edulab_app/ui/expert/schools_tab.py" line="279"/>
        <source>wszystkie</source>
        <translation>all</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/schools_tab.py" line="224"/>
        <source>Sz&amp;ukaj:</source>
        <translation>Sea&amp;rch:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/schools_tab.py" line="226"/>
        <source>RSPO, nazwa albo gmina</source>
        <translation>RSPO, name or municipality</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/schools_tab.py" line="227"/>
        <source>Szukaj szkoły</source>
        <translation>Search for a school</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/schools_tab.py" line="240"/>
        <source>Szkoły i ich plany</source>
        <translation>Schools and their plans</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/schools_tab.py" line="259"/>
        <source>Liczba szkół</source>
        <translation>Number of schools</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/schools_tab.py" line="261"/>
        <source>&amp;Otwórz przegląd szkoły</source>
        <translation>&amp;Open school review</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/schools_tab.py" line="262"/>
        <source>Otwórz przegląd zaznaczonej szkoły</source>
        <translation>Open review of the selected school</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/schools_tab.py" line="302"/>
        <source>Szkół: %1 z %2</source>
        <translation>Schools: %1 of %2</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/schools_tab.py" line="313"/>
        <source>Wybierz pakiety szkół</source>
        <translation>Choose school packages</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/schools_tab.py" line="314"/>
        <source>Pakiety EDUlab (*.edulab);;Wszystkie pliki (*)</source>
        <translation>EDUlab packages (*.edulab);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/schools_tab.py" line="319"/>
        <source>Wybierz folder z pakietami szkół</source>
        <translation>Choose the folder with school packages</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/schools_tab.py" line="327"/>
        <source>Wczytywanie pakietów…</source>
        <translation>Loading packages…</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/schools_tab.py" line="327"/>
        <source>Przerwij</source>
        <translation>Abort</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/schools_tab.py" line="328"/>
        <source>Wczytywanie pakietów</source>
        <translation>Loading packages</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/schools_tab.py" line="329"/>
        <source>Postęp wczytywania pakietów</source>
        <translation>Package loading progress</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/schools_tab.py" line="352"/>
        <source>Wczytywanie pakietu %1 z %2: %3</source>
        <translation>Loading package %1 of %2: %3</translation>
    </message>
</context>
<context>
    <name>SectionView</name>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/section.py" line="40"/>
        <source>Obszar %1 z %2</source>
        <translation>Area %1 of %2</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/section.py" line="54"/>
        <source>Pytania oznaczone &lt;span style=&quot;color:#b71c1c;&quot;&gt;*&lt;/span&gt; są wymagane. Każda odpowiedź zapisuje się sama, gdy ją podasz.</source>
        <translation>Questions marked &lt;span style=&quot;color:#b71c1c;&quot;&gt;*&lt;/span&gt; are required. Each answer is saved automatically as soon as you give it.</translation>
    </message>
</context>
<context>
    <name>StaffTab</name>
    <message>
        <location filename="../../edulab_app/ui/plan/staff_tab.py" line="145"/>
        <source>Kadra szkoły w planie</source>
        <translation>School staff in the plan</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/staff_tab.py" line="148"/>
        <source>Osoba</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/staff_tab.py" line="148"/>
        <source>Rola</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/staff_tab.py" line="148"/>
        <source>Języki</source>
        <translation>Languages</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/staff_tab.py" line="149"/>
        <source>Limit godz./tydz.</source>
        <translation>Limit h/week</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/staff_tab.py" line="149"/>
        <source>Aktywna</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/staff_tab.py" line="150"/>
        <source>Działania</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/staff_tab.py" line="151"/>
        <source>Lista osób z kadry</source>
        <translation>List of staff</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/staff_tab.py" line="163"/>
        <source>&amp;Dodaj osobę</source>
        <translation>&amp;Add person</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/staff_tab.py" line="166"/>
        <source>Pokaż osoby nieaktywne</source>
        <translation>Show inactive people</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/staff_tab.py" line="176"/>
        <source>Obciążenie: godziny tygodniowo w działaniach planu, miesiąc po miesiącu</source>
        <translation>Workload: hours per week in plan actions, month by month</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/staff_tab.py" line="181"/>
        <source>Przekroczenia limitów godzin</source>
        <translation>Hour limits exceeded</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/staff_tab.py" line="183"/>
        <source>Tylko osoby z godzinami w planie</source>
        <translation>Only people with hours in the plan</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/staff_tab.py" line="191"/>
        <source>Obciążenie osób w kolejnych miesiącach</source>
        <translation>Staff workload in the coming months</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/staff_tab.py" line="243"/>
        <source>tak</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/staff_tab.py" line="243"/>
        <source>nie</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/staff_tab.py" line="280"/>
        <source>Zmiana w kadrze: %1</source>
        <translation>Staff change: %1</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/staff_tab.py" line="282"/>
        <source>Nie zapisano — %1</source>
        <translation>Not saved — %1</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/staff_tab.py" line="290"/>
        <source>Nowa osoba %1</source>
        <translation>New person %1</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/staff_tab.py" line="314"/>
        <source>&lt;b style=&apos;color:#c62828&apos;&gt;Ponad limit godzin:&lt;/b&gt; %1 (czerwone pola). Dwuklik na polu otwiera działanie.</source>
        <translation>&lt;b style=&apos;color:#c62828&apos;&gt;Over the hour limit:&lt;/b&gt; %1 (red cells). Double-click a cell to open the action.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/staff_tab.py" line="318"/>
        <source>Nikt nie przekracza swojego limitu godzin.</source>
        <translation>No one exceeds their hour limit.</translation>
    </message>
</context>
<context>
    <name>StartView</name>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/section.py" line="187"/>
        <source>&lt;p&gt;Diagnoza to pierwszy krok: pozwala zobaczyć, co szkoła już robi dla uczniów z doświadczeniem migracji, a czego jeszcze potrzebuje. Składa się z 12 obszarów — od przyjęcia ucznia, przez naukę języka polskiego, po współpracę z rodzicami i budżet.&lt;/p&gt;&lt;p&gt;Każda odpowiedź zapisuje się od razu, więc diagnozę można wypełniać na raty — program otworzy ją w miejscu, w którym skończyliście. Jeśli czegoś nie wiecie, zaznaczcie „nie wiem” — to też jest ważna informacja.&lt;/p&gt;&lt;p&gt;Na końcu program pokaże wyniki obszarów, mocne strony szkoły i priorytety z uzasadnieniem — z nich powstaje plan działania. Za rok nowa diagnoza zacznie się od obecnych odpowiedzi i pokaże postęp.&lt;/p&gt;</source>
        <translation>&lt;p&gt;The diagnosis is the first step: it shows what the school already does for pupils with migration experience and what it still needs. It consists of 12 areas — from admitting a pupil, through learning Polish, to cooperation with parents and the budget.&lt;/p&gt;&lt;p&gt;Each answer is saved immediately, so you can fill in the diagnosis in stages — the program will open it where you left off. If you don&apos;t know something, select “don&apos;t know” — that is important information too.&lt;/p&gt;&lt;p&gt;At the end, the program will show the area scores, the school&apos;s strengths and the priorities with their rationale — these are the basis of the action plan. Next year, a new diagnosis will start from the current answers and show your progress.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/section.py" line="199"/>
        <source>Rok sz&amp;kolny:</source>
        <translation>S&amp;chool year:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/section.py" line="201"/>
        <source>Rok szkolny nowej diagnozy</source>
        <translation>School year of the new diagnosis</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/section.py" line="203"/>
        <source>&amp;Rozpocznij diagnozę</source>
        <translation>&amp;Start diagnosis</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/section.py" line="204"/>
        <source>Rozpocznij diagnozę</source>
        <translation>Start diagnosis</translation>
    </message>
</context>
<context>
    <name>Tracking</name>
    <message>
        <location filename="../../edulab_app/ui/tracking/common.py" line="51"/>
        <source>Błąd</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/common.py" line="51"/>
        <source>Uwaga</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/common.py" line="51"/>
        <source>Informacja</source>
        <translation>Information</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/common.py" line="55"/>
        <source>dodatkowe zajęcia z języka polskiego</source>
        <translation>additional Polish lessons</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/common.py" line="56"/>
        <source>zajęcia wyrównawcze</source>
        <translation>compensatory classes</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/common.py" line="56"/>
        <source>oddział przygotowawczy</source>
        <translation>preparatory class</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/common.py" line="57"/>
        <source>pomoc asystenta</source>
        <translation>assistant support</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/common.py" line="57"/>
        <source>pomoc psychologiczno-pedagogiczna</source>
        <translation>psychological and pedagogical support</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/common.py" line="61"/>
        <source>zajęcia korekcyjno-kompensacyjne</source>
        <translation>corrective and compensatory classes</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/common.py" line="61"/>
        <source>zajęcia logopedyczne</source>
        <translation>speech therapy classes</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/common.py" line="62"/>
        <source>zajęcia rozwijające kompetencje emocjonalno-społeczne</source>
        <translation>classes developing social and emotional skills</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/common.py" line="63"/>
        <source>porady i konsultacje</source>
        <translation>advice and consultations</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/common.py" line="63"/>
        <source>inna forma</source>
        <translation>other form</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/common.py" line="67"/>
        <source>zasady ogólne (cudzoziemcy)</source>
        <translation>general rules (foreigners)</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/common.py" line="68"/>
        <source>szczególne zasady dla obywateli Ukrainy</source>
        <translation>special rules for Ukrainian citizens</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/common.py" line="69"/>
        <source>obywatel polski powracający z zagranicy</source>
        <translation>Polish citizen returning from abroad</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/common.py" line="73"/>
        <source>ogólne</source>
        <translation>general</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/common.py" line="73"/>
        <source>specustawa UA</source>
        <translation>UA special act</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/common.py" line="74"/>
        <source>powracający</source>
        <translation>returnee</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/common.py" line="78"/>
        <source>pomoc nauczyciela władająca językiem ucznia (art. 165 ust. 8)</source>
        <translation>teacher&apos;s assistant speaking the pupil&apos;s language (Art. 165(8))</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/common.py" line="79"/>
        <source>asystent międzykulturowy (art. 165 ust. 8a)</source>
        <translation>intercultural assistant (Art. 165(8a))</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/common.py" line="83"/>
        <source>budżet szkoły</source>
        <translation>school budget</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/common.py" line="83"/>
        <source>organ prowadzący</source>
        <translation>governing body</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/common.py" line="84"/>
        <source>program „Przyjazna szkoła”</source>
        <translation>“Friendly School” programme</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/common.py" line="84"/>
        <source>grant</source>
        <translation>grant</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/common.py" line="84"/>
        <source>inne</source>
        <translation>other</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/common.py" line="88"/>
        <source>nauczyciel</source>
        <translation>teacher</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/common.py" line="88"/>
        <source>rodzic (polska rodzina)</source>
        <translation>parent (Polish family)</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/common.py" line="89"/>
        <source>rodzic z doświadczeniem migracji</source>
        <translation>parent with migration experience</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/common.py" line="89"/>
        <source>uczeń-ambasador</source>
        <translation>pupil ambassador</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/common.py" line="90"/>
        <source>asystent</source>
        <translation>assistant</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/common.py" line="90"/>
        <source>inna osoba</source>
        <translation>other person</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/common.py" line="94"/>
        <source>pierwsze spotkanie z rodziną</source>
        <translation>first meeting with the family</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/common.py" line="94"/>
        <source>oprowadzenie po szkole</source>
        <translation>school tour</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/common.py" line="95"/>
        <source>uczeń-opiekun (buddy)</source>
        <translation>buddy pupil</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/common.py" line="95"/>
        <source>pakiet informacyjny w języku rodziny</source>
        <translation>information pack in the family&apos;s language</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/common.py" line="96"/>
        <source>spotkanie kontrolne po miesiącu</source>
        <translation>follow-up meeting after a month</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/common.py" line="100"/>
        <source>opinia</source>
        <translation>opinion</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/common.py" line="100"/>
        <source>orzeczenie</source>
        <translation>decision</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/login.py" line="60"/>
        <source>Komunikat o błędzie</source>
        <translation>Error message</translation>
    </message>
</context>
<context>
    <name>TrackingPage</name>
    <message>
        <location filename="../../edulab_app/ui/tracking/common.py" line="229"/>
        <source>Komunikat</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/common.py" line="242"/>
        <source>&amp;Zaloguj się…</source>
        <translation>&amp;Log in…</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/common.py" line="243"/>
        <source>Zaloguj się, aby zobaczyć dane chronione</source>
        <translation>Log in to see protected data</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/common.py" line="271"/>
        <source>Te dane są chronione. Zaloguj się, aby je zobaczyć.</source>
        <translation>This data is protected. Log in to see it.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/common.py" line="273"/>
        <source>Sesja jest zablokowana. Zaloguj się ponownie swoim hasłem.</source>
        <translation>The session is locked. Log in again with your password.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/common.py" line="278"/>
        <source>Zaloguj się &amp;jako inny użytkownik…</source>
        <translation>Log in as a &amp;different user…</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/common.py" line="285"/>
        <source>Twoja rola nie pozwala oglądać tych danych.</source>
        <translation>Your role does not allow you to view this data.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/common.py" line="313"/>
        <source>Sesja jest zablokowana — zaloguj się, aby kontynuować.</source>
        <translation>The session is locked — log in to continue.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/common.py" line="317"/>
        <source>Nie zapisano — popraw:</source>
        <translation>Not saved — correct:</translation>
    </message>
</context>
<context>
    <name>TrackingTab</name>
    <message>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="58"/>
        <source>Koszty: plan a wykonanie</source>
        <translation>Costs: planned vs. actual</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="60"/>
        <source>Wykres kosztów planowanych i poniesionych według lat</source>
        <translation>Chart of planned and incurred costs by year</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="65"/>
        <source>Postęp realizacji</source>
        <translation>Implementation progress</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="67"/>
        <source>Rok szkolny</source>
        <translation>School year</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="67"/>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="85"/>
        <source>Planowano</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="67"/>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="86"/>
        <source>Poniesiono</source>
        <translation>Incurred</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="68"/>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="68"/>
        <source>Koszty planowane i poniesione według lat</source>
        <translation>Planned and incurred costs by year</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="71"/>
        <source>Semestr</source>
        <translation>Semester</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="71"/>
        <source>Zrealizowane działania</source>
        <translation>Completed actions</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="72"/>
        <source>Działania zrealizowane w semestrach</source>
        <translation>Actions completed by semester</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="77"/>
        <source>Liczba działań według statusu</source>
        <translation>Number of actions by status</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="84"/>
        <source>Działanie</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="84"/>
        <source>Termin</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="84"/>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="119"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="85"/>
        <source>Faktycznie od</source>
        <translation>Actual start</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="85"/>
        <source>Faktycznie do</source>
        <translation>Actual end</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="86"/>
        <source>Notatki</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="87"/>
        <source>Realizacja działań</source>
        <translation>Implementation of actions</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="125"/>
        <source>Data zmiany statusu lub wydatku</source>
        <translation>Date of status change or expense</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="126"/>
        <source>&amp;Data:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="128"/>
        <source>np. protokół rady pedagogicznej nr 3/2026</source>
        <translation>e.g. minutes of pedagogical council meeting no. 3/2026</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="129"/>
        <source>Notatka o realizacji (dowód)</source>
        <translation>Implementation note (evidence)</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="130"/>
        <source>&amp;Notatka:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="133"/>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="309"/>
        <source>Rozpocznij</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="133"/>
        <source>Zakończ</source>
        <translation>Finish</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="134"/>
        <source>Zaniechaj</source>
        <translation>Discontinue</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="134"/>
        <source>Cofnij do planu</source>
        <translation>Revert to plan</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="136"/>
        <source>Zmień status na: %1</source>
        <translation>Change status to: %1</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="143"/>
        <source>Koszty poniesione</source>
        <translation>Costs incurred</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="145"/>
        <source>Rok</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="145"/>
        <source>Kategoria</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="145"/>
        <source>Źródło</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="145"/>
        <source>Kwota</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="146"/>
        <source>Opis</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="146"/>
        <source>Koszty poniesione na działanie</source>
        <translation>Costs incurred for the action</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="153"/>
        <source>Kategoria kosztu</source>
        <translation>Cost category</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="157"/>
        <source>Źródło finansowania kosztu</source>
        <translation>Cost funding source</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="165"/>
        <source>Kwota wydatku</source>
        <translation>Expense amount</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="167"/>
        <source>np. faktura 12/2026</source>
        <translation>e.g. invoice 12/2026</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="168"/>
        <source>Opis wydatku</source>
        <translation>Expense description</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="173"/>
        <source>Zapisz &amp;koszt</source>
        <translation>Save &amp;cost</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="176"/>
        <source>Usuń zaznaczony koszt</source>
        <translation>Delete selected cost</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="183"/>
        <source>Notatki i dowody realizacji</source>
        <translation>Notes and evidence of implementation</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="186"/>
        <source>Notatki o realizacji działania</source>
        <translation>Notes on the action&apos;s implementation</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="192"/>
        <source>np. lista obecności w teczce koordynatora</source>
        <translation>e.g. attendance list in the coordinator&apos;s folder</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="193"/>
        <source>Nowa notatka o realizacji</source>
        <translation>New implementation note</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="196"/>
        <source>Dodaj notatkę</source>
        <translation>Add note</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="266"/>
        <source>Brak planu.</source>
        <translation>No plan.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="275"/>
        <source>planowano</source>
        <translation>planned</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="276"/>
        <source>poniesiono</source>
        <translation>incurred</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="277"/>
        <source>Plan nie ma kosztów.</source>
        <translation>The plan has no costs.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="300"/>
        <source>&lt;i&gt;Wybierz działanie z listy.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Select an action from the list.&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="304"/>
        <source>Status: %1 · zaplanowano: %2</source>
        <translation>Status: %1 · planned: %2</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="308"/>
        <source>Otwórz ponownie</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="355"/>
        <source>Nie zapisano — %1</source>
        <translation>Not saved — %1</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="364"/>
        <source>Status „%2”: %1</source>
        <translation>Status “%2”: %1</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="372"/>
        <source>„Kwota wydatku”: podaj kwotę większą od zera.</source>
        <translation>“Expense amount”: enter an amount greater than zero.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="379"/>
        <source>Koszt poniesiony: %1</source>
        <translation>Cost incurred: %1</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="393"/>
        <source>Usunięcie kosztu: %1</source>
        <translation>Deleting a cost: %1</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="402"/>
        <source>Notatka: %1</source>
        <translation>Note: %1</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location filename="../../edulab_app/ui/account_dialogs.py" line="47"/>
        <source>Konta użytkowników</source>
        <translation>User accounts</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/account_dialogs.py" line="50"/>
        <source>Użytkownik</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/account_dialogs.py" line="50"/>
        <location filename="../../edulab_app/ui/account_dialogs.py" line="57"/>
        <source>Imię i nazwisko</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/account_dialogs.py" line="50"/>
        <location filename="../../edulab_app/ui/account_dialogs.py" line="59"/>
        <source>Rola</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/account_dialogs.py" line="51"/>
        <source>Aktywne</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/account_dialogs.py" line="51"/>
        <source>Ostatnie logowanie</source>
        <translation>Last login</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/account_dialogs.py" line="51"/>
        <source>Lista kont</source>
        <translation>List of accounts</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/account_dialogs.py" line="55"/>
        <source>Nazwa użytkownika nowego konta</source>
        <translation>Username of the new account</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/account_dialogs.py" line="64"/>
        <source>Hasło początkowe</source>
        <translation>Initial password</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/account_dialogs.py" line="65"/>
        <source>Nazwa użytkownika:</source>
        <translation>Username:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/account_dialogs.py" line="66"/>
        <source>Imię i nazwisko:</source>
        <translation>Full name:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/account_dialogs.py" line="67"/>
        <source>Rola:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/account_dialogs.py" line="68"/>
        <source>Hasło początkowe (min. 10 znaków):</source>
        <translation>Initial password (min. 10 characters):</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/account_dialogs.py" line="74"/>
        <source>&amp;Dodaj konto</source>
        <translation>&amp;Add account</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/account_dialogs.py" line="76"/>
        <source>&amp;Wyłącz zaznaczone konto</source>
        <translation>&amp;Disable selected account</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/account_dialogs.py" line="91"/>
        <source>tak</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/account_dialogs.py" line="91"/>
        <source>nie</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/account_dialogs.py" line="104"/>
        <source>Dodano konto %1. Przekaż hasło tej osobie osobiście.</source>
        <translation>Account %1 added. Give the password to this person in person.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/account_dialogs.py" line="115"/>
        <source>Wyłączyć konto?</source>
        <translation>Disable the account?</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/account_dialogs.py" line="116"/>
        <source>Konto %1 nie będzie mogło się logować, a jego klucz do danych zostanie usunięty. Kontynuować?</source>
        <translation>Account %1 will no longer be able to log in, and its data key will be deleted. Continue?</translation>
    </message>
</context>
<context>
    <name>WeekPage</name>
    <message>
        <location filename="../../edulab_app/ui/documents/week_page.py" line="74"/>
        <source>Stan zapisu tygodnia</source>
        <translation>Week save status</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/week_page.py" line="77"/>
        <source>Pięć dni wydarzeń, w których szkoła pokazuje się jako wspólnota: języki, smaki i tradycje, zabawy, opowieści rodzinne i święto szkoły. Wybierz termin w kalendarzu szkoły, osoby i koszty, a potem zapisz tydzień w planie działania.</source>
        <translation>Five days of events in which the school shows itself as a community: languages, flavours and traditions, games, family stories and the school festival. Choose dates in the school calendar, people and costs, then save the week in the action plan.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/week_page.py" line="101"/>
        <source>&amp;Podgląd:</source>
        <translation>&amp;Preview:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/week_page.py" line="103"/>
        <source>Co pokazać w podglądzie</source>
        <translation>What to show in the preview</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/week_page.py" line="110"/>
        <source>Podgląd tygodnia i zaproszenia</source>
        <translation>Preview of the week and invitation</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/week_page.py" line="121"/>
        <source>Zapisz &amp;projekt</source>
        <translation>Save &amp;draft</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/week_page.py" line="122"/>
        <source>Sprawdź i zapisz tydzień (Ctrl+S)</source>
        <translation>Check and save the week (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/week_page.py" line="124"/>
        <source>Zapisz w p&amp;lanie</source>
        <translation>Save in the p&amp;lan</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/week_page.py" line="125"/>
        <source>Utwórz albo zaktualizuj działanie „Tydzień dla wszystkich” w planie działania, z tymi kosztami</source>
        <translation>Create or update the “A Week for Everyone” action in the action plan, with these costs</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/week_page.py" line="128"/>
        <source>&amp;Eksportuj PDF…</source>
        <translation>&amp;Export PDF…</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/week_page.py" line="129"/>
        <source>Program tygodnia i zaproszenia dla rodzin w ich językach</source>
        <translation>Week programme and invitations for families in their languages</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/week_page.py" line="139"/>
        <source>Termin</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/week_page.py" line="142"/>
        <source>Rok szkolny tygodnia</source>
        <translation>School year of the week</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/week_page.py" line="149"/>
        <source>&amp;Rok szkolny:</source>
        <translation>&amp;School year:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/week_page.py" line="153"/>
        <source>Pierwszy dzień tygodnia</source>
        <translation>First day of the week</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/week_page.py" line="155"/>
        <source>Pierwszy &amp;dzień:</source>
        <translation>First &amp;day:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/week_page.py" line="158"/>
        <source>Dni tygodnia</source>
        <translation>Days of the week</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/week_page.py" line="159"/>
        <source>Dni:</source>
        <translation>Days:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/week_page.py" line="161"/>
        <source>Miejsce i godzina święta szkoły</source>
        <translation>Venue and time of the school festival</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/week_page.py" line="162"/>
        <source>np. sala gimnastyczna, 16:00–19:00</source>
        <translation>e.g. gym, 16:00–19:00</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/week_page.py" line="164"/>
        <source>&amp;Miejsce święta:</source>
        <translation>Festival &amp;venue:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/week_page.py" line="166"/>
        <source>Kontakt dla rodzin</source>
        <translation>Contact for families</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/week_page.py" line="167"/>
        <source>e-mail lub telefon koordynatora</source>
        <translation>coordinator&apos;s e-mail or phone</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/week_page.py" line="169"/>
        <source>&amp;Kontakt:</source>
        <translation>&amp;Contact:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/week_page.py" line="173"/>
        <source>Osoby (kilka osób oddziel przecinkami)</source>
        <translation>People (separate several people with commas)</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/week_page.py" line="186"/>
        <source>Języki zaproszenia dla rodzin</source>
        <translation>Invitation languages for families</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/week_page.py" line="192"/>
        <source>Zaproszenie w języku: %1</source>
        <translation>Invitation in: %1</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/week_page.py" line="203"/>
        <source>Koszty</source>
        <translation>Costs</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/week_page.py" line="206"/>
        <source>Pozycja</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/week_page.py" line="206"/>
        <source>Kategoria</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/week_page.py" line="206"/>
        <source>Źródło</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/week_page.py" line="207"/>
        <source>Ilość</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/week_page.py" line="207"/>
        <source>Cena (zł)</source>
        <translation>Price (zł)</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/week_page.py" line="207"/>
        <source>Kwota</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/week_page.py" line="208"/>
        <source>Koszty tygodnia</source>
        <translation>Costs of the week</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/week_page.py" line="221"/>
        <source>Koszt tygodnia razem</source>
        <translation>Total cost of the week</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/week_page.py" line="252"/>
        <source>✓ Zapisano w planie działania</source>
        <translation>✓ Saved in the action plan</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/week_page.py" line="253"/>
        <source>Projekt zapisany — nie ma go jeszcze w planie</source>
        <translation>Draft saved — not yet in the plan</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/week_page.py" line="254"/>
        <source>Propozycja — niezapisana</source>
        <translation>Proposal — not saved</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/week_page.py" line="278"/>
        <source>Źródło finansowania: %1</source>
        <translation>Funding source: %1</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/week_page.py" line="284"/>
        <source>Ilość: %1</source>
        <translation>Quantity: %1</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/week_page.py" line="289"/>
        <source>Cena jednostkowa: %1</source>
        <translation>Unit price: %1</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/week_page.py" line="310"/>
        <source>Razem: %1</source>
        <translation>Total: %1</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/week_page.py" line="319"/>
        <source>%1 — %2: wybierz dzień nauki szkolnej.</source>
        <translation>%1 — %2: choose a school day.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/week_page.py" line="331"/>
        <source>Niezapisane zmiany</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/week_page.py" line="362"/>
        <source>Nie zapisano</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/week_page.py" line="380"/>
        <source>Nie zapisano w planie:</source>
        <translation>Not saved in the plan:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/week_page.py" line="386"/>
        <source>✓ Zapisano w planie działania: %1 (%2)</source>
        <translation>✓ Saved in the action plan: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/week_page.py" line="394"/>
        <source>Zapisz „Tydzień dla wszystkich”</source>
        <translation>Save “A Week for Everyone”</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/week_page.py" line="401"/>
        <source>Nie zapisano PDF:</source>
        <translation>PDF not saved:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/week_page.py" line="406"/>
        <source>✓ Zapisano PDF: %1</source>
        <translation>✓ PDF saved: %1</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/week_page.py" line="432"/>
        <source>Program tygodnia</source>
        <translation>Week programme</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/week_page.py" line="435"/>
        <source>Zaproszenie — %1</source>
        <translation>Invitation — %1</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../edulab_app/ui/welcome_page.py" line="18"/>
        <source>&lt;h1&gt;Szkoła włączająca krok po kroku&lt;/h1&gt;</source>
        <translation>&lt;h1&gt;Inclusive school step by step&lt;/h1&gt;</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/welcome_page.py" line="20"/>
        <source>Ten program prowadzi szkołę przez diagnozę potrzeb i zasobów, pomaga ułożyć kilkuletni plan działania z harmonogramem, kadrą i kosztami oraz śledzić jego realizację.

Zacznij od dodania swojej szkoły albo obejrzyj gotową szkołę demonstracyjną.</source>
        <translation>This program walks a school through the needs-and-resources diagnosis, helps it build a multi-year action plan with schedule, staff and costs, and track its implementation.

Start by adding your school, or look at the ready-made demo school.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/welcome_page.py" line="25"/>
        <source>Otwórz &amp;szkołę demonstracyjną</source>
        <translation>Open the &amp;demo school</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/welcome_page.py" line="26"/>
        <source>Otwórz szkołę demonstracyjną</source>
        <translation>Open the demo school</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/welcome_page.py" line="28"/>
        <source>&amp;Dodaj swoją szkołę…</source>
        <translation>&amp;Add your school…</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/welcome_page.py" line="29"/>
        <source>Dodaj swoją szkołę</source>
        <translation>Add your school</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/welcome_page.py" line="32"/>
        <source>Jestem &amp;ekspertem EDUlab — przeglądam plany szkół</source>
        <translation>I am an EDUlab &amp;expert — I review school plans</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/welcome_page.py" line="33"/>
        <source>Przestrzeń robocza eksperta EDUlab</source>
        <translation>EDUlab expert workspace</translation>
    </message>
</context>
</TS>
