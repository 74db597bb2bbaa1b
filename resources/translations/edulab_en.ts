<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="pl_PL">
<context>
    <name></name>
    <message>
        <location filename="../../edulab_app/ui/plan/actions_model.py" line="20"/>
        <location filename="../../edulab_app/ui/plan/gantt.py" line="244"/>
        <source>Działanie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/actions_model.py" line="20"/>
        <source>Rok szkolny</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/actions_model.py" line="20"/>
        <source>Obszar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/actions_model.py" line="20"/>
        <source>Od</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/actions_model.py" line="21"/>
        <source>Do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/actions_model.py" line="21"/>
        <source>Odpowiada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/actions_model.py" line="21"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/actions_model.py" line="22"/>
        <source>Koszt planowany</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/actions_model.py" line="22"/>
        <source>Poniesiono</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/actions_model.py" line="22"/>
        <source>Uwagi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/common.py" line="27"/>
        <source>zaplanowane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/common.py" line="27"/>
        <source>w realizacji</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/common.py" line="27"/>
        <source>zrealizowane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/common.py" line="28"/>
        <source>zaniechane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/common.py" line="32"/>
        <source>Błąd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/common.py" line="32"/>
        <source>Uwaga</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/common.py" line="32"/>
        <source>Informacja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/common.py" line="24"/>
        <location filename="../../edulab_app/ui/plan/common.py" line="36"/>
        <source>kadra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/common.py" line="24"/>
        <location filename="../../edulab_app/ui/plan/common.py" line="36"/>
        <source>szkolenia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/common.py" line="24"/>
        <location filename="../../edulab_app/ui/plan/common.py" line="36"/>
        <source>materiały</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/common.py" line="25"/>
        <location filename="../../edulab_app/ui/plan/common.py" line="37"/>
        <source>tłumaczenia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/common.py" line="25"/>
        <location filename="../../edulab_app/ui/plan/common.py" line="37"/>
        <source>wydarzenia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/common.py" line="25"/>
        <location filename="../../edulab_app/ui/plan/common.py" line="37"/>
        <source>wyposażenie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/common.py" line="26"/>
        <location filename="../../edulab_app/ui/plan/common.py" line="38"/>
        <source>inne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/common.py" line="30"/>
        <location filename="../../edulab_app/ui/plan/common.py" line="43"/>
        <source>budżet szkoły</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/common.py" line="30"/>
        <location filename="../../edulab_app/ui/plan/common.py" line="43"/>
        <source>organ prowadzący</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/common.py" line="31"/>
        <location filename="../../edulab_app/ui/plan/common.py" line="44"/>
        <source>Obszar Metropolitalny GGS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/common.py" line="31"/>
        <location filename="../../edulab_app/ui/plan/common.py" line="44"/>
        <source>grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/common.py" line="32"/>
        <location filename="../../edulab_app/ui/plan/common.py" line="45"/>
        <source>program rządowy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/common.py" line="36"/>
        <source>przyjęte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/common.py" line="36"/>
        <source>w toku</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/common.py" line="36"/>
        <source>zamknięte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/common.py" line="40"/>
        <source>zgłoszenie anonimowe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/common.py" line="40"/>
        <source>uczeń</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/common.py" line="40"/>
        <source>rodzic lub opiekun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/common.py" line="41"/>
        <source>pracownik szkoły</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/common.py" line="45"/>
        <source>polski</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/common.py" line="45"/>
        <source>ukraiński</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/common.py" line="45"/>
        <source>angielski</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/common.py" line="45"/>
        <source>rosyjski</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/common.py" line="55"/>
        <source>Błędy w formularzu</source>
        <translation type="unfinished">Errors in the form</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/common.py" line="64"/>
        <source>Nie zapisano — popraw:</source>
        <translation type="unfinished">Not saved — please correct:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/common.py" line="75"/>
        <source>Dokument PDF (*.pdf)</source>
        <translation type="unfinished">PDF document (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/common.py" line="50"/>
        <source>działanie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/common.py" line="50"/>
        <source>szkolenie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/common.py" line="65"/>
        <source>sty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/common.py" line="65"/>
        <source>lut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/common.py" line="65"/>
        <source>mar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/common.py" line="65"/>
        <source>kwi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/common.py" line="65"/>
        <location filename="../../edulab_app/ui/plan/common.py" line="70"/>
        <source>maj</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/common.py" line="65"/>
        <source>cze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/common.py" line="65"/>
        <source>lip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/common.py" line="65"/>
        <source>sie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/common.py" line="65"/>
        <source>wrz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/common.py" line="66"/>
        <source>paź</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/common.py" line="66"/>
        <source>lis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/common.py" line="66"/>
        <source>gru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/common.py" line="70"/>
        <source>styczeń</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/common.py" line="70"/>
        <source>luty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/common.py" line="70"/>
        <source>marzec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/common.py" line="70"/>
        <source>kwiecień</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/common.py" line="70"/>
        <source>czerwiec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/common.py" line="70"/>
        <source>lipiec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/common.py" line="71"/>
        <source>sierpień</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/common.py" line="71"/>
        <source>wrzesień</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/common.py" line="71"/>
        <source>październik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/common.py" line="71"/>
        <source>listopad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/common.py" line="71"/>
        <source>grudzień</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/document.py" line="131"/>
        <source>Utworzono nowy plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/document.py" line="178"/>
        <source>Zapisano: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/document.py" line="210"/>
        <source>Zapisano ustawienia planu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/document.py" line="216"/>
        <source>Dodanie osoby: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/document.py" line="250"/>
        <source>Zapisano zmiany w kadrze.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/editor.py" line="62"/>
        <source>Nazwa działania</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/editor.py" line="62"/>
        <source>Opis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/editor.py" line="62"/>
        <source>Początek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/editor.py" line="62"/>
        <source>Koniec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/editor.py" line="63"/>
        <source>Osoba odpowiedzialna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/editor.py" line="63"/>
        <source>Osoby zaangażowane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/editor.py" line="64"/>
        <source>Koszty planowane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/editor.py" line="64"/>
        <source>Wskaźniki</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/editor.py" line="64"/>
        <source>Podstawa prawna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/editor.py" line="65"/>
        <source>Szkolenia potrzebne wcześniej</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/editor.py" line="65"/>
        <source>Liczba uczniów</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/editor.py" line="66"/>
        <source>Liczba grup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/editor.py" line="66"/>
        <source>Godziny tygodniowo (na grupę)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/editor.py" line="67"/>
        <source>Liczba jednostek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/editor.py" line="67"/>
        <source>Liczba uczestników</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/gantt.py" line="63"/>
        <source>Harmonogram działań (wykres Gantta)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/gantt.py" line="81"/>
        <source>Działań: %1; okres: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/gantt.py" line="189"/>
        <source>Brak planu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/gantt.py" line="241"/>
        <source>przygot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/gantt.py" line="323"/>
        <source>Odpowiada: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/gantt.py" line="324"/>
        <source>Koszt planowany: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/gantt.py" line="326"/>
        <source>Faktycznie: %1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/staff_tab.py" line="87"/>
        <source>%1, %2; limit %3 godz. tygodniowo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/staff_tab.py" line="127"/>
        <source>%1 — %2: %3 godz. tygodniowo (limit %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/common.py" line="41"/>
        <source>inna osoba</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/schools_tab.py" line="50"/>
        <source>nowy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/schools_tab.py" line="50"/>
        <source>w przeglądzie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/schools_tab.py" line="50"/>
        <source>zwrócony</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/schools_tab.py" line="51"/>
        <source>zaakceptowany</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/schools_tab.py" line="66"/>
        <source>RSPO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/schools_tab.py" line="66"/>
        <source>Szkoła</source>
        <translation type="unfinished">School</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/schools_tab.py" line="66"/>
        <source>Powiat</source>
        <translation type="unfinished">County</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/schools_tab.py" line="66"/>
        <source>Uczniowie z dośw. migracji</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/schools_tab.py" line="66"/>
        <source>Najważniejsze priorytety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/schools_tab.py" line="67"/>
        <source>Koszt planu na rok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/schools_tab.py" line="67"/>
        <source>Uwagi kontroli</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/schools_tab.py" line="67"/>
        <source>Stan przeglądu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/schools_tab.py" line="114"/>
        <source>Razem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/schools_tab.py" line="118"/>
        <source>Pakietów: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionEditor</name>
    <message>
        <location filename="../../edulab_app/ui/plan/editor.py" line="142"/>
        <source>Błędy w działaniu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/editor.py" line="177"/>
        <source>&amp;Termin (od – do)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/editor.py" line="180"/>
        <source>Osoba &amp;odpowiedzialna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/editor.py" line="183"/>
        <source>Skala działania</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/editor.py" line="203"/>
        <source>Osoba</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/editor.py" line="203"/>
        <source>Rola</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/editor.py" line="203"/>
        <source>Godz./tydz.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/editor.py" line="210"/>
        <source>Kategoria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/editor.py" line="210"/>
        <source>Źródło</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/editor.py" line="210"/>
        <source>Rok szkolny</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/editor.py" line="210"/>
        <source>Ilość</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/editor.py" line="211"/>
        <source>Cena jedn. (zł)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/editor.py" line="211"/>
        <source>Kwota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/editor.py" line="211"/>
        <source>Opis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/editor.py" line="226"/>
        <source>Wskaźnik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/editor.py" line="226"/>
        <source>Sposób monitorowania</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/editor.py" line="227"/>
        <source>Wartość docelowa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/editor.py" line="232"/>
        <source>Uzasadnienie i podstawa prawna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/editor.py" line="262"/>
        <source>&lt;i&gt;Wybierz działanie z listy (dwuklik lub Enter), aby je edytować.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/editor.py" line="275"/>
        <source>Dodaj wiersz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/editor.py" line="276"/>
        <source>Dodaj wiersz: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/editor.py" line="278"/>
        <source>Usuń zaznaczony wiersz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/editor.py" line="279"/>
        <source>Usuń wiersz: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/editor.py" line="327"/>
        <source>%1 · rok szkolny %2 · status: %3 · identyfikator %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/editor.py" line="339"/>
        <source>— nikt —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/editor.py" line="391"/>
        <source>Razem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/editor.py" line="415"/>
        <source>&lt;b&gt;Odpowiada na priorytety diagnozy:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/editor.py" line="417"/>
        <source>&lt;b&gt;Dlaczego:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/editor.py" line="426"/>
        <source> do %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/editor.py" line="427"/>
        <source>%1 (obowiązuje od %2%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/editor.py" line="431"/>
        <source>&lt;b&gt;Szkolenia potrzebne przed rozpoczęciem:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/editor.py" line="438"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/editor.py" line="550"/>
        <source>Wszystkie osoby z kadry są już przypisane.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/editor.py" line="566"/>
        <source>Nowy wskaźnik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/editor.py" line="596"/>
        <source>Nie zapisano — popraw:</source>
        <translation type="unfinished">Not saved — please correct:</translation>
    </message>
</context>
<context>
    <name>ActionsTab</name>
    <message>
        <location filename="../../edulab_app/ui/plan/actions_tab.py" line="33"/>
        <source>&amp;Rok:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/actions_tab.py" line="33"/>
        <source>Filtr: rok szkolny</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/actions_tab.py" line="34"/>
        <source>&amp;Obszar / priorytet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/actions_tab.py" line="34"/>
        <source>Filtr: obszar lub priorytet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/actions_tab.py" line="37"/>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/actions_tab.py" line="37"/>
        <source>Filtr: status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/actions_tab.py" line="38"/>
        <source>O&amp;soba:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/actions_tab.py" line="38"/>
        <source>Filtr: osoba</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/actions_tab.py" line="42"/>
        <source>Szukaj w nazwie i opisie…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/actions_tab.py" line="43"/>
        <source>Filtr: wyszukiwanie tekstu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/actions_tab.py" line="46"/>
        <source>Wyczyść filtry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/actions_tab.py" line="56"/>
        <source>Lista działań planu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/actions_tab.py" line="72"/>
        <source>Liczba pokazanych działań</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/actions_tab.py" line="128"/>
        <location filename="../../edulab_app/ui/plan/actions_tab.py" line="131"/>
        <location filename="../../edulab_app/ui/plan/actions_tab.py" line="144"/>
        <location filename="../../edulab_app/ui/plan/actions_tab.py" line="147"/>
        <source>wszystkie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/actions_tab.py" line="132"/>
        <source>tylko szkolenia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/actions_tab.py" line="139"/>
        <source>Obszar: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/actions_tab.py" line="142"/>
        <source>Priorytet %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/actions_tab.py" line="186"/>
        <source>Pokazano %1 z %2 działań.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/report.py" line="79"/>
        <source>Zasoby (więcej = lepiej wyposażona szkoła)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/report.py" line="80"/>
        <source>Potrzeby (więcej = pilniejsze)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/report.py" line="82"/>
        <source>Zasoby w roku %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/report.py" line="106"/>
        <source>%1. %2: zasoby %3, potrzeby %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/report.py" line="109"/>
        <source> (zasoby rok wcześniej: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/report.py" line="178"/>
        <source>brak danych</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Areas</name>
    <message>
        <location filename="../../edulab_app/ui/areas.py" line="29"/>
        <source>Profil szkoły</source>
        <translation>School profile</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/areas.py" line="30"/>
        <source>Diagnoza</source>
        <translation>Diagnosis</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/areas.py" line="31"/>
        <source>Wyniki diagnozy</source>
        <translation>Diagnosis results</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/areas.py" line="33"/>
        <source>Plan działania</source>
        <translation>Action plan</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/areas.py" line="34"/>
        <source>Komitet powitalny</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/areas.py" line="36"/>
        <source>Asystenci</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/areas.py" line="38"/>
        <source>Uczniowie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/areas.py" line="40"/>
        <source>Opinie i orzeczenia</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssessmentsPage</name>
    <message>
        <location filename="../../edulab_app/ui/tracking/assessments_page.py" line="96"/>
        <source>Opinie i orzeczenia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assessments_page.py" line="99"/>
        <source>Opinie i orzeczenia poradni psychologiczno-pedagogicznej to dane o zdrowiu. Pliki PDF są przechowywane w postaci zaszyfrowanej; każde otwarcie odnotowuje dziennik dostępu. Przy orzeczeniu IPET trzeba opracować w ciągu 30 dni od doręczenia.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assessments_page.py" line="104"/>
        <source>Opinie i orzeczenia widzą tylko dyrektor, koordynator i specjalista poradni.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assessments_page.py" line="119"/>
        <source>Nr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assessments_page.py" line="119"/>
        <location filename="../../edulab_app/ui/tracking/assessments_page.py" line="148"/>
        <source>Uczeń</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assessments_page.py" line="119"/>
        <source>Rodzaj</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assessments_page.py" line="119"/>
        <location filename="../../edulab_app/ui/tracking/assessments_page.py" line="154"/>
        <source>Poradnia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assessments_page.py" line="120"/>
        <source>Wydano</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assessments_page.py" line="120"/>
        <source>Doręczono</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assessments_page.py" line="120"/>
        <source>IPET do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assessments_page.py" line="120"/>
        <source>PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assessments_page.py" line="121"/>
        <source>Lista opinii i orzeczeń</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assessments_page.py" line="126"/>
        <source>Terminy IPET po czasie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assessments_page.py" line="128"/>
        <source>&amp;Otwórz PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assessments_page.py" line="130"/>
        <source>Usuń &amp;kopie tymczasowe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assessments_page.py" line="131"/>
        <source>Usuń odszyfrowane kopie otwarte w przeglądarce PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assessments_page.py" line="133"/>
        <source>&amp;IPET opracowany</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assessments_page.py" line="141"/>
        <source>Zalecenia wybranego dokumentu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assessments_page.py" line="145"/>
        <source>Dołącz opinię lub orzeczenie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assessments_page.py" line="152"/>
        <source>Rodzaj dokumentu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assessments_page.py" line="156"/>
        <source>Data wydania</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assessments_page.py" line="158"/>
        <source>Data doręczenia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assessments_page.py" line="160"/>
        <source>Zalecenie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assessments_page.py" line="160"/>
        <source>Forma wsparcia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assessments_page.py" line="165"/>
        <source>Zalecenia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assessments_page.py" line="168"/>
        <source>Dodaj &amp;zalecenie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assessments_page.py" line="170"/>
        <source>Usuń zalecenie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assessments_page.py" line="176"/>
        <location filename="../../edulab_app/ui/tracking/assessments_page.py" line="281"/>
        <source>nie wybrano pliku</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assessments_page.py" line="177"/>
        <source>Wybrany plik PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assessments_page.py" line="178"/>
        <source>&amp;Wybierz plik PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assessments_page.py" line="182"/>
        <source>&amp;Dołącz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assessments_page.py" line="184"/>
        <source>&amp;Uczeń:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assessments_page.py" line="185"/>
        <source>&amp;Rodzaj:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assessments_page.py" line="186"/>
        <source>&amp;Poradnia:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assessments_page.py" line="187"/>
        <source>Data &amp;wydania:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assessments_page.py" line="188"/>
        <source>Data &amp;doręczenia:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assessments_page.py" line="189"/>
        <source>Zalecenia:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assessments_page.py" line="191"/>
        <source>Plik:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assessments_page.py" line="204"/>
        <source>(bez formy wsparcia)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assessments_page.py" line="207"/>
        <source>Forma wsparcia zalecenia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assessments_page.py" line="233"/>
        <source> — po terminie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assessments_page.py" line="234"/>
        <source> (opracowany)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assessments_page.py" line="236"/>
        <source>%1 str.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assessments_page.py" line="236"/>
        <source>brak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assessments_page.py" line="240"/>
        <source>IPET po terminie: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assessments_page.py" line="261"/>
        <source>Wybierz dokument z listy, aby zobaczyć zalecenia.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assessments_page.py" line="264"/>
        <source>&lt;b&gt;Zalecenia (%1, %2):&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assessments_page.py" line="269"/>
        <source>(brak zaleceń)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assessments_page.py" line="274"/>
        <source>Wybierz plik PDF z opinią lub orzeczeniem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assessments_page.py" line="275"/>
        <source>Dokument PDF (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assessments_page.py" line="295"/>
        <source>Nie można odczytać pliku %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assessments_page.py" line="309"/>
        <source>Dołączono dokument nr %1 dla ucznia %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assessments_page.py" line="311"/>
        <source> IPET do %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assessments_page.py" line="325"/>
        <source>Nie znaleziono programu do otwierania plików PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assessments_page.py" line="327"/>
        <source>Otwarto odszyfrowaną kopię w przeglądarce PDF. Kopia zostanie usunięta po zamknięciu tej strony lub programu (albo przyciskiem „Usuń kopie tymczasowe”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assessments_page.py" line="335"/>
        <source>Usunięto kopie tymczasowe: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assessments_page.py" line="337"/>
        <source>%1 kopii jest wciąż otwartych w innym programie — zamknij go i spróbuj ponownie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assessments_page.py" line="347"/>
        <source>IPET opracowuje się tylko na podstawie orzeczenia.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssistantsPage</name>
    <message>
        <location filename="../../edulab_app/ui/tracking/assistants_page.py" line="45"/>
        <source>Asystenci</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assistants_page.py" line="48"/>
        <source>Asystenci uczniów z doświadczeniem migracji: pomoc nauczyciela władająca językiem ucznia (najwyżej 12 miesięcy na ucznia) albo asystent międzykulturowy (od 1 września 2024 r.).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assistants_page.py" line="55"/>
        <source>Nr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assistants_page.py" line="55"/>
        <source>Imię i nazwisko</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assistants_page.py" line="55"/>
        <source>Podstawa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assistants_page.py" line="55"/>
        <source>Języki</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assistants_page.py" line="56"/>
        <source>Umowa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assistants_page.py" line="56"/>
        <source>Godz./tydz.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assistants_page.py" line="56"/>
        <source>Uczniowie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assistants_page.py" line="57"/>
        <source>Godz. z uczniami</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assistants_page.py" line="57"/>
        <source>Finansowanie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assistants_page.py" line="58"/>
        <source>Lista asystentów</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assistants_page.py" line="61"/>
        <source>Asystent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assistants_page.py" line="64"/>
        <source>Imię i nazwisko asystenta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assistants_page.py" line="68"/>
        <source>Podstawa zatrudnienia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assistants_page.py" line="70"/>
        <source>kody po przecinku, np. uk, ru, pl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assistants_page.py" line="71"/>
        <source>Języki asystenta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assistants_page.py" line="73"/>
        <source>Umowa od</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assistants_page.py" line="75"/>
        <source>Umowa do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assistants_page.py" line="79"/>
        <source>Godziny tygodniowo w umowie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assistants_page.py" line="83"/>
        <source>Źródło finansowania</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assistants_page.py" line="84"/>
        <source>&amp;Imię i nazwisko:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assistants_page.py" line="85"/>
        <source>&amp;Podstawa:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assistants_page.py" line="86"/>
        <source>&amp;Języki:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assistants_page.py" line="87"/>
        <source>Umowa &amp;od:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assistants_page.py" line="88"/>
        <source>Umowa d&amp;o:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assistants_page.py" line="89"/>
        <source>&amp;Godziny tygodniowo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assistants_page.py" line="90"/>
        <source>&amp;Finansowanie:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assistants_page.py" line="92"/>
        <source>&amp;Nowy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assistants_page.py" line="94"/>
        <source>&amp;Zapisz asystenta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assistants_page.py" line="101"/>
        <source>Uwagi:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assistants_page.py" line="102"/>
        <source>Uwagi dotyczące asystentów</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assistants_page.py" line="122"/>
        <source>Zatrudnienie asystentów jest zgodne z regułami.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assistants_page.py" line="170"/>
        <source>Zapisano asystenta %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <location filename="../../edulab_app/ui/account_dialogs.py" line="133"/>
        <source>Dziennik zdarzeń</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/account_dialogs.py" line="136"/>
        <source>Każdy odczyt i każda zmiana danych chronionych (uczniowie, opinie i orzeczenia, konta) zostawia tu ślad. Wpisów nie można zmienić ani usunąć.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/account_dialogs.py" line="142"/>
        <source>użytkownik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/account_dialogs.py" line="143"/>
        <source>Filtr: użytkownik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/account_dialogs.py" line="145"/>
        <source>rekord, np. U-7K2QF9A1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/account_dialogs.py" line="146"/>
        <source>Filtr: rekord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/account_dialogs.py" line="147"/>
        <source>&amp;Pokaż</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/account_dialogs.py" line="149"/>
        <source>&amp;Sprawdź spójność dziennika</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/account_dialogs.py" line="154"/>
        <source>Kiedy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/account_dialogs.py" line="154"/>
        <source>Kto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/account_dialogs.py" line="154"/>
        <source>Rola</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/account_dialogs.py" line="154"/>
        <source>Zdarzenie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/account_dialogs.py" line="155"/>
        <source>Rodzaj rekordu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/account_dialogs.py" line="155"/>
        <source>Rekord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/account_dialogs.py" line="155"/>
        <source>Szczegóły</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/account_dialogs.py" line="156"/>
        <source>Wpisy dziennika zdarzeń</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/account_dialogs.py" line="176"/>
        <source>Wpisów: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/account_dialogs.py" line="181"/>
        <source>Dziennik naruszony</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/account_dialogs.py" line="183"/>
        <source>Dziennik jest spójny: żaden wpis nie został zmieniony ani usunięty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackgroundTask</name>
    <message>
        <location filename="../../edulab_app/ui/background.py" line="51"/>
        <source>Anuluj</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/background.py" line="74"/>
        <source>Przerywanie po bieżącym kroku…</source>
        <translation>Stopping after the current step…</translation>
    </message>
</context>
<context>
    <name>CommitteePage</name>
    <message>
        <location filename="../../edulab_app/ui/tracking/committee_page.py" line="48"/>
        <source>Komitet powitalny</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/committee_page.py" line="51"/>
        <source>Komitet powitalny włącza rodziny z doświadczeniem migracji w życie szkoły: nauczyciel, rodzice polscy i z doświadczeniem migracji, uczniowie-ambasadorzy, asystent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/committee_page.py" line="59"/>
        <source>&amp;Rok szkolny:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/committee_page.py" line="61"/>
        <source>Rok szkolny komitetu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/committee_page.py" line="70"/>
        <source>Zaległe kroki powitania</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/committee_page.py" line="77"/>
        <source>Członkowie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/committee_page.py" line="79"/>
        <source>Imię i nazwisko</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/committee_page.py" line="79"/>
        <source>Rola</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/committee_page.py" line="79"/>
        <source>Języki</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/committee_page.py" line="80"/>
        <source>Członkowie komitetu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/committee_page.py" line="86"/>
        <source>Rola nowego członka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/committee_page.py" line="88"/>
        <source>imię i nazwisko</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/committee_page.py" line="89"/>
        <source>Imię i nazwisko nowego członka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/committee_page.py" line="91"/>
        <source>języki, np. uk, pl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/committee_page.py" line="92"/>
        <source>Języki nowego członka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/committee_page.py" line="93"/>
        <source>Dodaj &amp;członka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/committee_page.py" line="100"/>
        <source>Spotkania</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/committee_page.py" line="102"/>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/committee_page.py" line="102"/>
        <source>Temat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/committee_page.py" line="102"/>
        <source>Notatki</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/committee_page.py" line="103"/>
        <source>Spotkania komitetu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/committee_page.py" line="107"/>
        <source>Data spotkania</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/committee_page.py" line="109"/>
        <source>temat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/committee_page.py" line="110"/>
        <source>Temat spotkania</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/committee_page.py" line="112"/>
        <source>notatki (szyfrowane)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/committee_page.py" line="113"/>
        <source>Notatki ze spotkania</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/committee_page.py" line="114"/>
        <source>Zapisz &amp;spotkanie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/committee_page.py" line="121"/>
        <location filename="../../edulab_app/ui/tracking/committee_page.py" line="125"/>
        <source>Rodziny przyjęte przez komitet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/committee_page.py" line="123"/>
        <source>Kod rodziny</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/committee_page.py" line="123"/>
        <source>Język</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/committee_page.py" line="123"/>
        <source>Przyjazd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/committee_page.py" line="124"/>
        <source>Wykonane kroki</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/committee_page.py" line="124"/>
        <source>Zaległe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/committee_page.py" line="131"/>
        <source>język rodziny, np. uk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/committee_page.py" line="132"/>
        <source>Język rodziny</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/committee_page.py" line="134"/>
        <source>Data przyjazdu rodziny</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/committee_page.py" line="135"/>
        <source>Przyjmij &amp;rodzinę</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/committee_page.py" line="143"/>
        <source>Lista kroków wybranej rodziny</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/committee_page.py" line="146"/>
        <source>Kroki powitania rodziny (zaznacz wykonane)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/committee_page.py" line="149"/>
        <source>Zaznaczenie kroku zapisuje go jako wykonany dzisiaj.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/committee_page.py" line="183"/>
        <source>Zaległe kroki: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/committee_page.py" line="200"/>
        <source>wykonano %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/committee_page.py" line="201"/>
        <source>termin %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/committee_page.py" line="208"/>
        <source>(zaległy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/committee_page.py" line="233"/>
        <source>Dodano członka komitetu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/committee_page.py" line="248"/>
        <source>Zapisano spotkanie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/committee_page.py" line="262"/>
        <source>Przyjęto rodzinę %1; lista kroków ma terminy od daty przyjazdu.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CostsTab</name>
    <message>
        <location filename="../../edulab_app/ui/plan/costs_tab.py" line="55"/>
        <source>Koszty planowane: rok × kategoria × źródło</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/costs_tab.py" line="57"/>
        <location filename="../../edulab_app/ui/plan/costs_tab.py" line="142"/>
        <source>Kategoria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/costs_tab.py" line="57"/>
        <location filename="../../edulab_app/ui/plan/costs_tab.py" line="142"/>
        <source>Źródło finansowania</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/costs_tab.py" line="58"/>
        <source>Koszty według lat, kategorii i źródeł</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/costs_tab.py" line="61"/>
        <source>Koszty według lat i kategorii</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/costs_tab.py" line="63"/>
        <source>Wykres kosztów według lat i kategorii</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/costs_tab.py" line="73"/>
        <source>Limity budżetu (wpisz kwotę w kolumnie „Limit”, puste pole — bez limitu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/costs_tab.py" line="77"/>
        <source>Rok szkolny</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/costs_tab.py" line="77"/>
        <source>Źródło</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/costs_tab.py" line="77"/>
        <source>Planowano</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/costs_tab.py" line="78"/>
        <source>Limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/costs_tab.py" line="78"/>
        <source>Zapas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/costs_tab.py" line="79"/>
        <source>Limity budżetu według lat i źródeł</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/costs_tab.py" line="89"/>
        <source>Stawki szkoły (zmieniają koszty przy następnym utworzeniu planu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/costs_tab.py" line="92"/>
        <source>Stawka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/costs_tab.py" line="92"/>
        <source>Referencyjna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/costs_tab.py" line="92"/>
        <source>Szkoły</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/costs_tab.py" line="93"/>
        <source>Stawki referencyjne i stawki szkoły</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/costs_tab.py" line="134"/>
        <source>Brak planu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/costs_tab.py" line="142"/>
        <location filename="../../edulab_app/ui/plan/costs_tab.py" line="156"/>
        <source>Razem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/costs_tab.py" line="143"/>
        <source>Poniesiono</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/costs_tab.py" line="161"/>
        <source>Plan nie ma kosztów.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/costs_tab.py" line="190"/>
        <source>Limit w zł; usuń tekst, aby zdjąć limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/costs_tab.py" line="197"/>
        <source>przekroczono o %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/costs_tab.py" line="216"/>
        <source>„Limit”: %1 nie jest kwotą (np. 25000 lub 25 000,50).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/costs_tab.py" line="225"/>
        <source>Limit budżetu %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/costs_tab.py" line="233"/>
        <source>Nie zapisano — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/costs_tab.py" line="249"/>
        <source>Godzina ponadwymiarowa nauczyciela (wyliczana z płacy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/costs_tab.py" line="290"/>
        <source>Stawka szkoły: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiagnosisPage</name>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/page.py" line="143"/>
        <source>Rok &amp;diagnozy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/page.py" line="145"/>
        <source>Wybór diagnozy (rok szkolny)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/page.py" line="150"/>
        <source>Stan diagnozy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/page.py" line="151"/>
        <source>&amp;Nowa diagnoza…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/page.py" line="152"/>
        <source>Nowa diagnoza</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/page.py" line="154"/>
        <source>&amp;Zakończ diagnozę</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/page.py" line="155"/>
        <source>Zakończ diagnozę</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/page.py" line="156"/>
        <source>Sprawdza, czy są wszystkie wymagane odpowiedzi, i zamyka diagnozę (potem jest tylko do odczytu).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/page.py" line="159"/>
        <source>Otwórz do &amp;edycji</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/page.py" line="160"/>
        <source>Otwórz do edycji</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/page.py" line="162"/>
        <source>Zobacz &amp;wyniki</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/page.py" line="163"/>
        <source>Zobacz wyniki diagnozy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/page.py" line="182"/>
        <source>Diagnoza tylko do odczytu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/page.py" line="190"/>
        <source>Informacja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/page.py" line="192"/>
        <source>Ukryj</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/page.py" line="193"/>
        <source>Ukryj informację</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/page.py" line="202"/>
        <source>Sekcje diagnozy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/page.py" line="209"/>
        <source>Pytania sekcji</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/page.py" line="225"/>
        <source>Stan zapisu</source>
        <translation type="unfinished">Save state</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/page.py" line="228"/>
        <source>Postęp diagnozy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/page.py" line="229"/>
        <source>◀ P&amp;oprzednia sekcja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/page.py" line="230"/>
        <source>Poprzednia sekcja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/page.py" line="231"/>
        <source>Ctrl+PgUp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/page.py" line="233"/>
        <source>N&amp;astępna sekcja ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/page.py" line="234"/>
        <source>Następna sekcja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/page.py" line="235"/>
        <source>Ctrl+PgDown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/page.py" line="269"/>
        <location filename="../../edulab_app/ui/diagnosis/page.py" line="316"/>
        <source>zakończona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/page.py" line="269"/>
        <location filename="../../edulab_app/ui/diagnosis/page.py" line="316"/>
        <source>w trakcie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/page.py" line="270"/>
        <source>Rok %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/page.py" line="325"/>
        <source>&lt;b&gt;Tylko do odczytu.&lt;/b&gt; Diagnoza za rok %1 jest zakończona. Odpowiedzi można przeglądać, ale nie zmieniać. Aby coś poprawić, kliknij „Otwórz do edycji”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/page.py" line="328"/>
        <source>Diagnoza za rok szkolny %1, formularz w wersji %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/page.py" line="333"/>
        <source>Zaczęła się od odpowiedzi z roku %1 — sprawdźcie, czy są nadal aktualne.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/page.py" line="409"/>
        <source>Nie zapisano poprawionej wartości w polu %1 — została poprzednia odpowiedź.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/page.py" line="534"/>
        <source>Czego brakuje? (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/page.py" line="535"/>
        <source>Czego brakuje? — nic ✓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/page.py" line="547"/>
        <source>brak wymaganych: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/page.py" line="553"/>
        <location filename="../../edulab_app/ui/diagnosis/page.py" line="561"/>
        <source>Odpowiedzi: %1 z %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/page.py" line="554"/>
        <source>ukończona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/page.py" line="554"/>
        <source>odpowiedzi %1 z %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/page.py" line="557"/>
        <source>Sekcja %1: %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/page.py" line="569"/>
        <source>⚠ Nie zapisano: %1 — popraw wartość zaznaczoną na czerwono.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/page.py" line="572"/>
        <source>Diagnoza zakończona — tylko do odczytu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/page.py" line="575"/>
        <source>✓ Wszystkie odpowiedzi zapisane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/page.py" line="577"/>
        <source>(ostatnio o %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/page.py" line="612"/>
        <source>Rozpoczęto diagnozę za rok %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/page.py" line="615"/>
        <source>Przeniesiono %1 odpowiedzi z diagnozy za rok %2 — przejrzyjcie je i zmieńcie to, co się zmieniło.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/page.py" line="627"/>
        <source>Nie przeniesiono %1 odpowiedzi (pytanie lub możliwe odpowiedzi się zmieniły) — odpowiedzcie na nie ponownie: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/page.py" line="631"/>
        <source>Przeniesiono wszystkie odpowiedzi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/page.py" line="649"/>
        <source>Wszystkie pobliskie lata szkolne mają już diagnozę.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/page.py" line="674"/>
        <source>Diagnoza za rok %1 jest zakończona. Wyniki, mocne strony i priorytety są w obszarze „Wyniki diagnozy”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/page.py" line="687"/>
        <source>Diagnozę otwarto do edycji. Gdy skończycie poprawki, zakończcie ją ponownie.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiagnosisRenderer</name>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/renderer.py" line="105"/>
        <source>od %1 do %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/renderer.py" line="108"/>
        <source>co najmniej %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/renderer.py" line="110"/>
        <source>najwyżej %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/renderer.py" line="189"/>
        <source>Błąd w odpowiedzi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/renderer.py" line="193"/>
        <source>Stan zapisu odpowiedzi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/renderer.py" line="199"/>
        <source>Pytanie wymagane.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/renderer.py" line="250"/>
        <source>✓ zapisano %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/renderer.py" line="253"/>
        <source>Odpowiedź zapisana %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/renderer.py" line="259"/>
        <source>nie zapisano</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/renderer.py" line="334"/>
        <location filename="../../edulab_app/ui/diagnosis/renderer.py" line="611"/>
        <source>— wybierz —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/renderer.py" line="366"/>
        <source>Wyczyść odpowiedź</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/renderer.py" line="368"/>
        <source>Wyczyść odpowiedź: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/renderer.py" line="422"/>
        <source>Tej odpowiedzi nie łączy się z innymi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/renderer.py" line="498"/>
        <source>Liczba całkowita</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/renderer.py" line="500"/>
        <source>Liczba (ułamek po przecinku, np. 2,5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/renderer.py" line="514"/>
        <source>dd.mm.rrrr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/renderer.py" line="518"/>
        <source>np. 05.09.2025</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/renderer.py" line="552"/>
        <source>%1 z %2 znaków</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/renderer.py" line="608"/>
        <source>wiersz %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/renderer.py" line="683"/>
        <source>Dodaj wiersz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/renderer.py" line="684"/>
        <source>Dodaj wiersz: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/renderer.py" line="687"/>
        <source>Usuń wiersz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/renderer.py" line="689"/>
        <source>Usuń zaznaczony wiersz: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/renderer.py" line="704"/>
        <source>Wpisz wartość w komórce (Enter zatwierdza); strzałki przechodzą między komórkami, Tab opuszcza tabelę. Kolumny z * są wymagane.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/renderer.py" line="786"/>
        <source>wiersz %1: uzupełnij %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/renderer.py" line="791"/>
        <source>Niezapisane</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiagnosisReportPage</name>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/report.py" line="236"/>
        <source>&amp;Rok diagnozy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/report.py" line="238"/>
        <source>Rok szkolny diagnozy w raporcie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/report.py" line="242"/>
        <source>&amp;Odśwież</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/report.py" line="243"/>
        <source>Odśwież wyniki</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/report.py" line="259"/>
        <source>Podsumowanie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/report.py" line="265"/>
        <source>Ostrzeżenie o brakujących odpowiedziach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/report.py" line="267"/>
        <source>Wyniki obszarów (0–100)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/report.py" line="270"/>
        <source>Te same liczby w tabeli</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/report.py" line="272"/>
        <source>Tabela wyników obszarów</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/report.py" line="280"/>
        <location filename="../../edulab_app/ui/diagnosis/report.py" line="281"/>
        <source>Mocne strony</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/report.py" line="283"/>
        <source>Priorytety (w kolejności ważności)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/report.py" line="285"/>
        <source>Priorytety z uzasadnieniem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/report.py" line="291"/>
        <source>Postęp w porównaniu z poprzednią diagnozą</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/report.py" line="293"/>
        <source>Porównanie z poprzednią diagnozą</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/report.py" line="295"/>
        <source>Uwagi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/report.py" line="297"/>
        <source>Uwagi do wyników</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/report.py" line="311"/>
        <location filename="../../edulab_app/ui/diagnosis/report.py" line="345"/>
        <source>zakończona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/report.py" line="311"/>
        <source>w trakcie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/report.py" line="312"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/report.py" line="318"/>
        <source>Szkoła nie ma jeszcze diagnozy. Rozpocznij ją w obszarze „Diagnoza” — wyniki pojawią się tutaj, gdy tylko będą pierwsze odpowiedzi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/report.py" line="345"/>
        <source>w trakcie — wyniki mogą się zmienić</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/report.py" line="346"/>
        <source>Diagnoza za rok szkolny &lt;b&gt;%1&lt;/b&gt; (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/report.py" line="349"/>
        <source>Porównanie z diagnozą za rok %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/report.py" line="351"/>
        <source>Zasoby: co szkoła już ma (100 = w pełni). Potrzeby: jak pilne są potrzeby (100 = bardzo pilne). Duża przewaga potrzeb nad zasobami wskazuje priorytet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/report.py" line="355"/>
        <source>⚠ Diagnoza nie jest kompletna: brakuje %1 wymaganych odpowiedzi. Wyniki mogą się jeszcze zmienić — uzupełnij je w obszarze „Diagnoza” (Czego brakuje?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/report.py" line="374"/>
        <source>zasoby %1/100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/report.py" line="378"/>
        <source>Żaden obszar nie ma jeszcze zasobów na poziomie %1/100 lub wyższym.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/report.py" line="388"/>
        <source>Priorytet %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/report.py" line="396"/>
        <source>Priorytety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/report.py" line="397"/>
        <source>Diagnoza nie wskazuje priorytetów.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/report.py" line="411"/>
        <source>pilne — wymóg lub poważna luka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/report.py" line="412"/>
        <source>potrzeby przewyższają zasoby</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/report.py" line="413"/>
        <source>niskie zasoby</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/report.py" line="437"/>
        <source>Od roku %1 zasoby wzrosły w obszarach: %2 z %4; spadły: %3 z %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/report.py" line="442"/>
        <source>Największy postęp: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/report.py" line="453"/>
        <source>Zmiany w poszczególnych obszarach są w tabeli powyżej.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/report.py" line="458"/>
        <source>Obszar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/report.py" line="458"/>
        <source>Zasoby</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/report.py" line="458"/>
        <source>Potrzeby</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/report.py" line="458"/>
        <source>Potrzeby
− zasoby</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/report.py" line="459"/>
        <source>Odpowiedzi
„nie wiem”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/report.py" line="461"/>
        <source>Zasoby
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/report.py" line="461"/>
        <source>Zmiana
zasobów</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/report.py" line="462"/>
        <source>Zmiana
potrzeb</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/week_page.py" line="61"/>
        <source>Tydzień dla wszystkich</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExpertWorkspace</name>
    <message>
        <location filename="../../edulab_app/ui/expert/workspace.py" line="17"/>
        <source>Przestrzeń eksperta EDUlab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/workspace.py" line="26"/>
        <source>Części przestrzeni eksperta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/workspace.py" line="30"/>
        <source>&amp;Szkoły</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/workspace.py" line="31"/>
        <source>P&amp;rzegląd szkoły</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/workspace.py" line="32"/>
        <source>Re&amp;gion</source>
        <translation type="unfinished"></translation>
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
        <location filename="../../edulab_app/ui/export_actions.py" line="50"/>
        <source>Zapisz eksport</source>
        <translation>Save export</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/export_actions.py" line="60"/>
        <source>Przygotowywanie pliku…</source>
        <translation>Preparing the file…</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/export_actions.py" line="68"/>
        <source>Eksport</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/export_actions.py" line="74"/>
        <location filename="../../edulab_app/ui/export_actions.py" line="77"/>
        <source>Zapisano</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/export_actions.py" line="75"/>
        <source>Zapisano pakiet: %1
Prześlij go do Pomorskiego EDUlab.</source>
        <translation>Package saved: %1
Send it to the Pomeranian EDUlab.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/export_actions.py" line="78"/>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/findings_tab.py" line="48"/>
        <source>Pokaż uwagi o wadze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/findings_tab.py" line="49"/>
        <source>błędy i uwagi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/findings_tab.py" line="50"/>
        <source>wszystkie, także informacje</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/findings_tab.py" line="51"/>
        <source>tylko błędy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/findings_tab.py" line="53"/>
        <source>&amp;Pokaż:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/findings_tab.py" line="58"/>
        <source>Kliknij uwagę (albo wybierz ją strzałkami i naciśnij Enter), aby przejść do miejsca, które trzeba poprawić. Uwagę, którą szkoła rozważyła, można przyjąć — zniknie z listy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/findings_tab.py" line="64"/>
        <source>Waga</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/findings_tab.py" line="64"/>
        <source>Treść</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/findings_tab.py" line="64"/>
        <source>Działanie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/findings_tab.py" line="65"/>
        <source>Uwagi z kontroli planu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/findings_tab.py" line="85"/>
        <source>Przejdź do &amp;miejsca</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/findings_tab.py" line="88"/>
        <source>Przyjmij zaznaczoną &amp;uwagę</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/findings_tab.py" line="123"/>
        <source>cały plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/findings_tab.py" line="129"/>
        <source>Przyjmij</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/findings_tab.py" line="130"/>
        <source>Szkoła rozważyła tę uwagę — nie pokazuj jej więcej</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/findings_tab.py" line="131"/>
        <source>Przyjmij uwagę: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/findings_tab.py" line="141"/>
        <source>Błędy: %1 · uwagi: %2 · informacje: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/findings_tab.py" line="182"/>
        <source>Przyjęcie uwagi: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <location filename="../../edulab_app/ui/tracking/login.py" line="169"/>
        <source>EDUlab — pierwsze uruchomienie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/login.py" line="170"/>
        <source>Pierwsze uruchomienie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/login.py" line="178"/>
        <source>Utwórz konto dyrektora szkoły. Dyrektor zakłada potem konta koordynatora, nauczycieli i specjalistów poradni. Dane uczniów są szyfrowane kluczem, do którego dostęp daje tylko hasło konta albo klucz odzyskiwania.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/login.py" line="185"/>
        <source>np. anna.nowak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/login.py" line="186"/>
        <source>Nazwa użytkownika</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/login.py" line="188"/>
        <source>Imię i nazwisko dyrektora</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/login.py" line="189"/>
        <source>Hasło</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/login.py" line="190"/>
        <source>Powtórz hasło</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/login.py" line="191"/>
        <source>&amp;Nazwa użytkownika:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/login.py" line="192"/>
        <source>&amp;Imię i nazwisko:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/login.py" line="193"/>
        <source>&amp;Hasło:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/login.py" line="194"/>
        <source>&amp;Powtórz hasło:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/login.py" line="198"/>
        <source>&amp;Utwórz konto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/login.py" line="206"/>
        <source>&lt;b&gt;Klucz odzyskiwania&lt;/b&gt; — zapisz go teraz na papierze i przechowuj w sejfie szkoły. Program pokazuje go tylko raz i nigdzie go nie zapisuje. Bez hasła dyrektora i bez tego klucza danych uczniów nie da się odczytać.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/login.py" line="221"/>
        <source>Klucz odzyskiwania</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/login.py" line="223"/>
        <source>&amp;Kopiuj do schowka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/login.py" line="226"/>
        <source>&amp;Zapisałem(-am) klucz odzyskiwania w bezpiecznym miejscu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/login.py" line="227"/>
        <source>Potwierdzenie zapisania klucza odzyskiwania</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/login.py" line="229"/>
        <source>&amp;Zakończ</source>
        <translation type="unfinished">&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/login.py" line="239"/>
        <source>Hasła się różnią.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportResultsDialog</name>
    <message>
        <location filename="../../edulab_app/ui/expert/schools_tab.py" line="154"/>
        <location filename="../../edulab_app/ui/expert/schools_tab.py" line="155"/>
        <source>Wynik wczytywania pakietów</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/schools_tab.py" line="157"/>
        <source>Wczytano pakietów: %1; zastąpionych starszych wersji: %2; pominiętych (już wczytane): %3; błędnych: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/schools_tab.py" line="162"/>
        <source>Wczytywanie przerwano — pakiety wczytane do tej chwili zostały zapisane.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/schools_tab.py" line="165"/>
        <source>Podsumowanie wczytywania</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/schools_tab.py" line="169"/>
        <source>Plik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/schools_tab.py" line="169"/>
        <source>Powód</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/schools_tab.py" line="170"/>
        <source>Pliki niewczytane i powody</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <location filename="../../edulab_app/ui/tracking/login.py" line="120"/>
        <source>EDUlab — sesja zablokowana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/login.py" line="121"/>
        <source>Sesja zablokowana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/login.py" line="124"/>
        <source>Sesja użytkownika %1 została zablokowana po okresie bezczynności. Wpisz hasło, aby kontynuować.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/login.py" line="129"/>
        <source>Hasło</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/login.py" line="130"/>
        <source>&amp;Hasło:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/login.py" line="135"/>
        <source>&amp;Odblokuj</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/login.py" line="137"/>
        <source>&amp;Wyloguj</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../edulab_app/ui/tracking/login.py" line="72"/>
        <source>EDUlab — logowanie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/login.py" line="73"/>
        <source>Logowanie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/login.py" line="76"/>
        <source>Dane uczniów, asystentów i komitetu powitalnego są chronione. Zaloguj się swoim kontem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/login.py" line="82"/>
        <source>Nazwa użytkownika</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/login.py" line="83"/>
        <source>Hasło</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/login.py" line="84"/>
        <source>&amp;Użytkownik:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/login.py" line="85"/>
        <source>&amp;Hasło:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/login.py" line="90"/>
        <source>&amp;Anuluj</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/login.py" line="91"/>
        <source>&amp;Zaloguj</source>
        <translation type="unfinished"></translation>
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
        <location filename="../../edulab_app/ui/main_window.py" line="75"/>
        <source>Dane: %1</source>
        <translation>Data: %1</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/main_window.py" line="77"/>
        <source>Zalogowany użytkownik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/main_window.py" line="84"/>
        <source>&amp;Plik</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/main_window.py" line="85"/>
        <source>&amp;Nowa szkoła…</source>
        <translation>&amp;New school…</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/main_window.py" line="86"/>
        <source>Szkoła &amp;demonstracyjna</source>
        <translation>&amp;Demo school</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/main_window.py" line="91"/>
        <source>&amp;Eksport</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/main_window.py" line="94"/>
        <source>Utwórz &amp;kopię zapasową</source>
        <translation>Create a &amp;backup</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/main_window.py" line="95"/>
        <source>&amp;Przywróć z kopii zapasowej…</source>
        <translation>&amp;Restore from backup…</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/main_window.py" line="97"/>
        <source>&amp;Zakończ</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/main_window.py" line="98"/>
        <source>&amp;Konto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/main_window.py" line="99"/>
        <source>&amp;Zaloguj się…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/main_window.py" line="100"/>
        <source>Za&amp;blokuj teraz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/main_window.py" line="101"/>
        <source>&amp;Wyloguj</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/main_window.py" line="103"/>
        <source>&amp;Konta użytkowników…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/main_window.py" line="104"/>
        <source>&amp;Dziennik zdarzeń…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/main_window.py" line="105"/>
        <source>Pomo&amp;c</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/main_window.py" line="106"/>
        <source>Otwórz &amp;folder danych</source>
        <translation>Open data &amp;folder</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/main_window.py" line="107"/>
        <source>&amp;O programie</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/main_window.py" line="199"/>
        <source>Konto szkoły demonstracyjnej</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/main_window.py" line="200"/>
        <source>Utworzono konto dyrektora szkoły demonstracyjnej i zalogowano Cię.

Użytkownik: %1
Hasło: %2

Zapisz hasło teraz — program nie pokaże go ponownie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/main_window.py" line="209"/>
        <source>Otwarto szkołę demonstracyjną.</source>
        <translation>The demo school is open.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/main_window.py" line="211"/>
        <source>Fikcyjnych uczniów dodaje się po zalogowaniu (dyrektor lub koordynator).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/main_window.py" line="241"/>
        <source>Nie zalogowano</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/main_window.py" line="243"/>
        <source>%1 — zablokowano</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/main_window.py" line="245"/>
        <source>Zalogowano: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/main_window.py" line="272"/>
        <source>Tę część programu otwiera tylko dyrektor szkoły.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/main_window.py" line="297"/>
        <source>Kopię zapasową zapisano: %1</source>
        <translation>Backup saved: %1</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/main_window.py" line="301"/>
        <source>Wybierz kopię zapasową</source>
        <translation>Choose a backup</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/main_window.py" line="301"/>
        <source>Kopie bazy (*.sqlite3)</source>
        <translation>Database backups (*.sqlite3)</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/main_window.py" line="305"/>
        <source>Przywrócić kopię?</source>
        <translation>Restore the backup?</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/main_window.py" line="306"/>
        <source>Obecne dane zostaną zastąpione danymi z kopii. Przed zmianą program zachowa ich kopię. Kontynuować?</source>
        <translation>The current data will be replaced by the backup. The program keeps a copy of it first. Continue?</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/main_window.py" line="317"/>
        <source>Przywrócono dane z kopii.</source>
        <translation>Data restored from the backup.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/main_window.py" line="319"/>
        <source>Poprzednie dane zachowano: %1</source>
        <translation>Previous data kept at: %1</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/main_window.py" line="320"/>
        <source>Przywrócono</source>
        <translation>Restored</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/main_window.py" line="327"/>
        <source>O programie</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/main_window.py" line="328"/>
        <source>&lt;b&gt;EDUlab — Szkoła włączająca krok po kroku&lt;/b&gt;&lt;br&gt;wersja %1&lt;br&gt;&lt;br&gt;Narzędzie Pomorskiego EDUlab dla szkół uczących dzieci z doświadczeniem migracji.&lt;br&gt;&lt;br&gt;Folder danych: %2</source>
        <translation>&lt;b&gt;EDUlab — Inclusive school step by step&lt;/b&gt;&lt;br&gt;version %1&lt;br&gt;&lt;br&gt;A tool of the Pomeranian EDUlab for schools teaching children with migration experience.&lt;br&gt;&lt;br&gt;Data folder: %2</translation>
    </message>
</context>
<context>
    <name>MissingView</name>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/section.py" line="127"/>
        <source>Lista brakujących odpowiedzi z odnośnikami do pytań</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/section.py" line="159"/>
        <source>✓ Na wszystkie wymagane pytania są odpowiedzi i żadna odpowiedź nie wymaga poprawy. Diagnozę można zakończyć.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/section.py" line="163"/>
        <source>Nie można jeszcze zakończyć diagnozy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/section.py" line="164"/>
        <source>Do uzupełnienia lub poprawy: %1. Kliknij pytanie (albo przejdź do niego klawiszem Tab i naciśnij Enter), aby do niego przejść.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewDiagnosisDialog</name>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/page.py" line="66"/>
        <source>Nowa diagnoza</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/page.py" line="72"/>
        <source>Rok szkolny nowej diagnozy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/page.py" line="73"/>
        <source>Rok &amp;szkolny:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/page.py" line="77"/>
        <source>&amp;Zacznij od odpowiedzi z poprzedniej diagnozy (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/page.py" line="81"/>
        <source>Zacznij od odpowiedzi z poprzedniej diagnozy (brak wcześniejszej)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/page.py" line="83"/>
        <source>Przenieś odpowiedzi z poprzedniej diagnozy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/page.py" line="85"/>
        <source>Przeniesione odpowiedzi warto przejrzeć i zmienić to, co zmieniło się w szkole przez ten rok. Pytania, których nie da się przenieść, program wymieni po rozpoczęciu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/page.py" line="92"/>
        <source>Rozpocznij</source>
        <translation type="unfinished"></translation>
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
        <location filename="../../edulab_app/ui/plan/overview_tab.py" line="70"/>
        <source>Podsumowanie planu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/overview_tab.py" line="76"/>
        <source>Wynik kontroli planu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/overview_tab.py" line="78"/>
        <source>Pokaż &amp;uwagi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/overview_tab.py" line="84"/>
        <source>Lata szkolne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/overview_tab.py" line="86"/>
        <source>Rok szkolny</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/overview_tab.py" line="86"/>
        <location filename="../../edulab_app/ui/plan/overview_tab.py" line="99"/>
        <source>Działania</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/overview_tab.py" line="86"/>
        <source>Koszt planowany</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/overview_tab.py" line="87"/>
        <source>Poniesiono</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/overview_tab.py" line="87"/>
        <source>Działania i koszty według lat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/overview_tab.py" line="90"/>
        <source>Teraz i w najbliższych dwóch miesiącach:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/overview_tab.py" line="91"/>
        <source>Działanie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/overview_tab.py" line="91"/>
        <source>Termin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/overview_tab.py" line="91"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/overview_tab.py" line="92"/>
        <source>Działania trwające i najbliższe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/overview_tab.py" line="97"/>
        <source>Priorytety diagnozy i działania</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/overview_tab.py" line="99"/>
        <source>Priorytet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/overview_tab.py" line="99"/>
        <source>Obszar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/overview_tab.py" line="100"/>
        <source>Koszt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/overview_tab.py" line="100"/>
        <source>Działania według priorytetów</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/overview_tab.py" line="109"/>
        <source>Utworzenie planu z diagnozy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/overview_tab.py" line="112"/>
        <source>Pierwszy rok szkolny planu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/overview_tab.py" line="113"/>
        <source>&amp;Pierwszy rok:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/overview_tab.py" line="120"/>
        <source>Liczba lat szkolnych planu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/overview_tab.py" line="121"/>
        <source>&amp;Lata:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/overview_tab.py" line="146"/>
        <source>&lt;h3&gt;Szkoła nie ma jeszcze planu działania&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/overview_tab.py" line="148"/>
        <source>Plan powstaje z priorytetów diagnozy, profilu szkoły i jej kadry. Wybierz pierwszy rok i liczbę lat, a potem „Utwórz plan”. Każde działanie można potem zmienić.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/overview_tab.py" line="151"/>
        <source>Plan wynika z priorytetów diagnozy — najpierw wypełnij diagnozę szkoły.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/overview_tab.py" line="163"/>
        <source>&lt;h3&gt;Plan działania na lata %1&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/overview_tab.py" line="165"/>
        <source>Działania: &lt;b&gt;%1&lt;/b&gt; (w tym szkolenia: %2), zrealizowane: %3. Kadra w planie: %4 osób. Koszt całego planu: &lt;b&gt;%5&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/overview_tab.py" line="170"/>
        <source>Plan utworzono %1 z diagnozy za rok %2 (priorytetów: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/overview_tab.py" line="189"/>
        <source>Utwórz plan &amp;od nowa…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/overview_tab.py" line="190"/>
        <source>Nowy plan zastąpi obecny razem z zapisaną realizacją.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/overview_tab.py" line="192"/>
        <source>&amp;Utwórz plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/overview_tab.py" line="204"/>
        <source>Razem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/overview_tab.py" line="264"/>
        <source>&lt;b style=&apos;color:%4&apos;&gt;Kontrola planu:&lt;/b&gt; błędy: %1, uwagi: %2, informacje: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/overview_tab.py" line="275"/>
        <source>Utworzyć plan od nowa?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/overview_tab.py" line="276"/>
        <source>Obecny plan (%1 działań) razem z zapisaną realizacją, zmianami i historią cofania zostanie zastąpiony nowym planem na lata od %2 (lat: %3). Tego nie można cofnąć. Kontynuować?</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished">Save state</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/page.py" line="40"/>
        <source>Cofnij</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/page.py" line="42"/>
        <source>Ponów</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/page.py" line="45"/>
        <source>Cofnij zmianę (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/page.py" line="46"/>
        <source>Ponów zmianę (Ctrl+Shift+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/page.py" line="60"/>
        <source>Części planu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/page.py" line="68"/>
        <source>&amp;Przegląd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/page.py" line="68"/>
        <source>&amp;Działania</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/page.py" line="69"/>
        <source>&amp;Harmonogram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/page.py" line="69"/>
        <source>&amp;Koszty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/page.py" line="70"/>
        <source>K&amp;adra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/page.py" line="70"/>
        <location filename="../../edulab_app/ui/plan/page.py" line="98"/>
        <source>&amp;Uwagi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/page.py" line="71"/>
        <source>&amp;Realizacja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/page.py" line="86"/>
        <source>Zmiany zapisują się od razu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/page.py" line="104"/>
        <source>✓ %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PupilsPage</name>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="73"/>
        <source>Uczniowie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="76"/>
        <source>Uczniowie z doświadczeniem migracji: minimalne dane, formy wsparcia i ich zgodność z przepisami. Na liście widać tylko kody (pseudonimy); imię i nazwisko pokazuje karta ucznia. Każde otwarcie danych odnotowuje dziennik dostępu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="91"/>
        <source>Szukaj: kod, klasa, kraj…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="92"/>
        <source>Filtr listy uczniów</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="95"/>
        <source>Kod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="95"/>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="140"/>
        <source>Klasa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="95"/>
        <source>Kraj</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="95"/>
        <source>Polski</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="96"/>
        <source>Podstawa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="96"/>
        <source>Lista uczniów</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="102"/>
        <source>&amp;Nowy uczeń</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="105"/>
        <source>&amp;Wydaj dane…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="106"/>
        <source>Wszystkie dane ucznia do pliku (wniosek o dostęp do danych)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="109"/>
        <source>&amp;Usuń dane…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="110"/>
        <source>Nieodwracalnie usuń ucznia, jego formy wsparcia, opinie i pliki</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="116"/>
        <source>Podsumowanie uwag dla szkoły</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="120"/>
        <source>Karta ucznia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="121"/>
        <source>&amp;Dane ucznia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="122"/>
        <source>&amp;Formy wsparcia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="123"/>
        <source>&amp;Podsumowanie i uwagi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="134"/>
        <source>Kod ucznia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="137"/>
        <source>Imię i nazwisko</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="139"/>
        <source>np. 4b, OP 1-3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="142"/>
        <source>Przyjazd do Polski</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="144"/>
        <source>W szkole od</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="150"/>
        <source>Kraj pochodzenia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="152"/>
        <source>kody po przecinku, np. uk, ru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="153"/>
        <source>Języki ucznia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="154"/>
        <source>Poziom znajomości polskiego</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="155"/>
        <source>Podstawa kształcenia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="157"/>
        <source>Uwagi (szyfrowane)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="159"/>
        <source>Kod:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="160"/>
        <source>&amp;Imię i nazwisko:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="161"/>
        <source>&amp;Klasa:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="162"/>
        <source>Przyjazd do &amp;Polski:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="163"/>
        <source>W &amp;szkole od:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="164"/>
        <source>K&amp;raj pochodzenia:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="165"/>
        <source>&amp;Języki:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="166"/>
        <source>Poziom &amp;polskiego:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="167"/>
        <source>Po&amp;dstawa kształcenia:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="168"/>
        <source>&amp;Uwagi:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="172"/>
        <source>&amp;Zapisz ucznia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="182"/>
        <source>Nr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="182"/>
        <source>Forma wsparcia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="182"/>
        <source>Godz./tydz.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="183"/>
        <source>Od</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="183"/>
        <source>Do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="183"/>
        <source>Formy wsparcia ucznia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="185"/>
        <source>Nowa forma wsparcia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="187"/>
        <source>Rodzaj wsparcia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="190"/>
        <source>Przedmiot zajęć wyrównawczych</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="192"/>
        <source>Asystent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="193"/>
        <source>Rodzaj pomocy psychologiczno-pedagogicznej</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="199"/>
        <source>Godziny tygodniowo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="201"/>
        <source>Początek wsparcia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="203"/>
        <source>Koniec wsparcia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="204"/>
        <source>&amp;Rodzaj:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="205"/>
        <source>Prz&amp;edmiot:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="206"/>
        <source>&amp;Asystent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="207"/>
        <source>Rodzaj &amp;pomocy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="208"/>
        <source>&amp;Godziny tygodniowo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="209"/>
        <source>&amp;Od:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="210"/>
        <source>&amp;Do:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="212"/>
        <source>Dodaj &amp;formę wsparcia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="214"/>
        <source>Usuń &amp;zaznaczoną</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="230"/>
        <source>Podsumowanie wsparcia ucznia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="232"/>
        <source>Uwagi wynikające z przepisów:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="233"/>
        <source>Uwagi dotyczące wsparcia ucznia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="253"/>
        <source>Uczniów: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="261"/>
        <source>Sprawdzenie wszystkich uczniów: błędy %1, uwagi %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="320"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — obecnie %2 godz. wsparcia tygodniowo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="323"/>
        <source>godz./tydz.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="325"/>
        <source>• %1: wykorzystano %2 z %3 mies. (do %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="329"/>
        <source>Wsparcie ucznia jest zgodne z regułami.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="344"/>
        <source>(nowy uczeń)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="373"/>
        <source>Zapisano dane ucznia %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="380"/>
        <source>Najpierw wybierz ucznia z listy albo zapisz nowego.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="390"/>
        <source>Dodano formę wsparcia: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="408"/>
        <source>Zapisz wszystkie dane ucznia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="409"/>
        <source>Plik JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="423"/>
        <source>Zapisano wszystkie dane ucznia %1 w pliku %2. Plik zawiera dane osobowe — przekaż go bezpiecznie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="433"/>
        <source>Usunąć dane ucznia?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="434"/>
        <source>Nieodwracalnie usunąć wszystkie dane ucznia %1: dane osobowe, formy wsparcia, opinie i orzeczenia z plikami? Dziennik dostępu zachowa tylko fakt usunięcia.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="443"/>
        <source>Usunięto dane ucznia %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegionTab</name>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="48"/>
        <source>Podsumowanie regionu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="50"/>
        <source>Po&amp;wiat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="52"/>
        <source>Region: powiat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="57"/>
        <source>&amp;Odśwież</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="58"/>
        <source>Odśwież zestawienie regionu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="60"/>
        <source>Eksportuj &amp;XLSX…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="61"/>
        <source>Eksportuj zestawienie regionu do arkusza XLSX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="63"/>
        <source>Eksportuj &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="64"/>
        <source>Eksportuj zestawienie regionu do PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="71"/>
        <source>Części zestawienia regionu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="77"/>
        <source>Koszty według lat i kategorii</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="78"/>
        <source>Wykres kosztów regionu według lat i kategorii</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="80"/>
        <source>Koszty według powiatów</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="81"/>
        <source>Wykres kosztów według powiatów</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="84"/>
        <source>Tabele kosztów</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="85"/>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="87"/>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="107"/>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="118"/>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="184"/>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="188"/>
        <source>Powiat</source>
        <translation type="unfinished">County</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="85"/>
        <source>Koszty według powiatów i lat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="87"/>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="188"/>
        <source>Gmina</source>
        <translation type="unfinished">Municipality</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="87"/>
        <source>Koszty według gmin i lat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="89"/>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="194"/>
        <source>Kategoria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="89"/>
        <source>Koszty według kategorii i lat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="90"/>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="195"/>
        <source>Źródło finansowania</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="90"/>
        <source>Koszty według źródeł i lat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="91"/>
        <source>Powiaty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="92"/>
        <source>Gminy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="93"/>
        <source>Kategorie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="94"/>
        <source>Źródła finansowania</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="95"/>
        <source>&amp;Koszty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="100"/>
        <source>Uczestnicy zsumowani z planów szkół; grupy do zorganizowania w powiecie = uczestnicy ÷ największa liczebność grupy szkolenia (w górę).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="104"/>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="107"/>
        <source>Szkolenie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="104"/>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="107"/>
        <source>Rok szkolny</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="105"/>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="108"/>
        <source>Uczestnicy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="105"/>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="109"/>
        <source>Grupy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="106"/>
        <source>Szkolenia razem w regionie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="108"/>
        <source>Maks. w grupie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="109"/>
        <source>Szkolenia według powiatów</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="112"/>
        <source>&amp;Szkolenia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="116"/>
        <source>Asystenci potrzebni i zaplanowani według powiatów</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="118"/>
        <source>Uczniowie z Ukrainy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="119"/>
        <source>Potrzebni</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="119"/>
        <source>Zaplanowani</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="119"/>
        <source>Szkoły z niedoborem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="120"/>
        <source>Niedobór</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="120"/>
        <source>Asystenci według powiatów</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="122"/>
        <source>&amp;Asystenci</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="126"/>
        <source>Najczęstsze priorytety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="128"/>
        <source>Priorytet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="128"/>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="137"/>
        <source>Odsetek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="129"/>
        <source>W pierwszej trójce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="129"/>
        <source>Priorytety szkół</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="131"/>
        <source>&amp;Priorytety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="135"/>
        <source>Odsetek szkół podejmujących zadania SMI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="137"/>
        <source>Zadanie szkoły (SMI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="138"/>
        <source>Powiaty bez szkół z tym zadaniem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="138"/>
        <source>Zadania SMI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="140"/>
        <source>&amp;Zadania SMI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="144"/>
        <source>Założenia zestawienia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="156"/>
        <source>cały region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="168"/>
        <source>&lt;b&gt;Szkół: %1&lt;/b&gt; · uczniowie z doświadczeniem migracji: %2 · łączny koszt planów: &lt;b&gt;%3&lt;/b&gt; · lata: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="178"/>
        <source>Brak kosztów.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="180"/>
        <source>koszt planów</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="181"/>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="217"/>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="236"/>
        <source>Brak danych.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="182"/>
        <source>Razem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="215"/>
        <source>potrzebni</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="216"/>
        <source>zaplanowani</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="226"/>
        <source>szkoły</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="227"/>
        <source>Brak priorytetów.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="234"/>
        <source>odsetek szkół</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="248"/>
        <source>Zapisz zestawienie regionu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="249"/>
        <source>Arkusz (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="249"/>
        <source>Dokument PDF (*.pdf)</source>
        <translation type="unfinished">PDF document (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="265"/>
        <source>Zapisywanie zestawienia…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="267"/>
        <source>Eksport zestawienia regionu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="268"/>
        <source>Postęp eksportu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="292"/>
        <source>Zapisano: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegulationPage</name>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="65"/>
        <source>Stan regulaminu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="68"/>
        <source>Regulamin przeciwdziałania dyskryminacji z procedurą zgłaszania i reagowania. Terminy kroków procedury pochodzą z ustawień rejestru zgłoszeń (to praktyka przyjęta gdzie indziej, nie przepis prawa).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="78"/>
        <source>Czego brakuje w regulaminie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="84"/>
        <source>Szkoła nie ma jeszcze regulaminu. Projekt powstanie z wzoru, danych szkoły i listy kadry — potem go uzupełnisz i przyjmiesz.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="86"/>
        <source>&amp;Utwórz projekt regulaminu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="87"/>
        <source>Utwórz projekt regulaminu z danymi szkoły</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="94"/>
        <source>Części regulaminu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="95"/>
        <source>&amp;Dane szkoły</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="96"/>
        <source>&amp;Tekst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="97"/>
        <source>&amp;Wersje</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="102"/>
        <source>PDF &amp;regulaminu…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="104"/>
        <source>PDF dla &amp;rodzin…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="105"/>
        <source>Skrócona wersja dla rodzin w ich językach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="121"/>
        <source>&amp;Dyrektor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="121"/>
        <source>imię i nazwisko</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="122"/>
        <source>&amp;E-mail do zgłoszeń:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="122"/>
        <source>np. zglos@szkola.pl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="123"/>
        <source>&amp;Skrzynka zgłoszeń:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="123"/>
        <source>gdzie jest skrzynka anonimowych zgłoszeń</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="124"/>
        <source>&amp;Formularz zgłoszeń:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="124"/>
        <source>adres formularza (jeśli szkoła go ma)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="125"/>
        <source>&amp;Standardy ochrony małoletnich:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="126"/>
        <source>np. zarządzenie dyrektora nr … z dnia …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="127"/>
        <source>&amp;Osoba odpowiedzialna za standardy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="128"/>
        <source>&amp;Kto przyjmuje regulamin:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="128"/>
        <source>np. Rada Pedagogiczna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="136"/>
        <source> mies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="137"/>
        <source>Przegląd regulaminu co tyle miesięcy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="138"/>
        <source>&amp;Przegląd co:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="144"/>
        <source>Wersja dla rodzin w języku: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="150"/>
        <source>Wersje dla rodzin:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="153"/>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="158"/>
        <source>Osoby zaufania</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="156"/>
        <source>Imię i nazwisko</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="156"/>
        <source>Funkcja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="157"/>
        <source>Kontakt, dyżur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="157"/>
        <source>Języki (kody, np. uk,ru)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="164"/>
        <source>Dodaj &amp;osobę</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="166"/>
        <source>&amp;Usuń zaznaczoną</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="173"/>
        <source>&amp;Zapisz dane i odśwież tekst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="174"/>
        <source>Zapisz dane szkoły i odśwież tekst regulaminu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="185"/>
        <source>Paragrafy regulaminu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="193"/>
        <source>Tekst paragrafu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="194"/>
        <source>Pusty wiersz oddziela akapity; wiersz zaczynający się od „- ” to punkt listy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="200"/>
        <source>Stan paragrafu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="202"/>
        <source>Przywróć tekst &amp;wzoru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="204"/>
        <source>Zapisz &amp;paragraf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="216"/>
        <source>Wersja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="216"/>
        <source>Przyjęta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="216"/>
        <source>Uchwała nr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="217"/>
        <source>Przyjął</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="217"/>
        <source>Zmiany</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="218"/>
        <source>Przyjęte wersje regulaminu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="225"/>
        <source>Przyjęcie nowej wersji</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="231"/>
        <source>Data przyjęcia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="233"/>
        <source>Numer uchwały lub zarządzenia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="234"/>
        <source>np. 12/2026/2027</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="236"/>
        <source>Kto przyjął</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="238"/>
        <source>Co się zmieniło</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="239"/>
        <source>Data &amp;przyjęcia:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="240"/>
        <source>&amp;Uchwała (zarządzenie) nr:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="241"/>
        <source>Przyjął (&amp;organ):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="242"/>
        <source>&amp;Zmiany:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="243"/>
        <source>Przyjmij &amp;wersję</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="247"/>
        <source>Zmiany od ostatniej przyjętej wersji:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="250"/>
        <source>Zmiany od ostatniej przyjętej wersji</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="264"/>
        <source>Brak regulaminu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="269"/>
        <source>Projekt — nie przyjęty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="270"/>
        <source>✓ Przyjęty: wersja %1 z %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="271"/>
        <source>Zmieniony po przyjęciu wersji %1 z %2 — do przyjęcia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="277"/>
        <source>Do uzupełnienia przed przyjęciem (zakładka „Dane szkoły”): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="289"/>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="367"/>
        <source>Tekst zmieniony przez szkołę</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="289"/>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="367"/>
        <source>Tekst wzoru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="314"/>
        <source>Funkcja osoby zaufania</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="352"/>
        <source>Tekst nie zmienił się od przyjęcia ostatniej wersji.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="354"/>
        <source>Regulamin nie był jeszcze przyjęty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="355"/>
        <source>Brak zmian od ostatniej przyjętej wersji.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="371"/>
        <source>Niezapisane zmiany</source>
        <translation type="unfinished">Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="422"/>
        <source>Nie przyjęto — popraw:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="431"/>
        <source>Zapisz regulamin „Bezpieczna szkoła”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="437"/>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="448"/>
        <source>✓ Zapisano PDF: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="442"/>
        <source>Zapisz wersję dla rodzin</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewTab</name>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="101"/>
        <source>Wybierz szkołę w zakładce „Szkoły” (dwukrotne kliknięcie albo Enter).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="104"/>
        <source>Szkoła w przeglądzie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="109"/>
        <source>Stan przeglądu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="114"/>
        <source>W &amp;przeglądzie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="114"/>
        <source>Oznacz: w przeglądzie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="115"/>
        <source>&amp;Zwróć do szkoły</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="115"/>
        <source>Oznacz: zwrócony do szkoły do poprawy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="116"/>
        <source>Za&amp;akceptuj</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="116"/>
        <source>Oznacz: plan zaakceptowany</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="117"/>
        <source>Oznacz jako &amp;nowy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="117"/>
        <source>Oznacz: nowy, jeszcze nieprzeglądany</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="123"/>
        <source>&amp;Eksportuj uwagi dla szkoły…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="124"/>
        <source>Eksportuj plik uwag dla szkoły</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="131"/>
        <source>Diagnoza i plan szkoły</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="149"/>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="162"/>
        <source>Nr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="149"/>
        <source>Priorytet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="149"/>
        <source>Uzasadnienie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="150"/>
        <source>Priorytety szkoły</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="151"/>
        <source>Obszar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="151"/>
        <source>Zasoby</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="151"/>
        <source>Potrzeby</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="151"/>
        <source>Luka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="152"/>
        <source>Wyniki obszarów diagnozy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="153"/>
        <source>Priorytety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="155"/>
        <source>Wyniki obszarów (0–100)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="159"/>
        <source>&amp;Diagnoza</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="162"/>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="189"/>
        <source>Działanie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="162"/>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="183"/>
        <source>Rok szkolny</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="162"/>
        <source>Termin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="163"/>
        <source>Stan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="163"/>
        <source>Koszt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="163"/>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="206"/>
        <source>Uwagi eksperta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="164"/>
        <source>Działania planu (tylko do odczytu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="166"/>
        <source>Dzi&amp;ałania</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="174"/>
        <source>Harmonogram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="176"/>
        <source>&amp;Harmonogram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="181"/>
        <source>Koszty według lat i kategorii</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="183"/>
        <source>Kategoria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="183"/>
        <source>Źródło finansowania</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="184"/>
        <source>Kwota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="184"/>
        <source>Koszty planu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="186"/>
        <source>&amp;Koszty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="189"/>
        <source>Waga</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="189"/>
        <source>Uwaga kontroli planu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="190"/>
        <source>Uwagi kontroli planu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="192"/>
        <source>&amp;Uwagi kontroli</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="197"/>
        <source>Pakiet z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="197"/>
        <source>Wczytano</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="197"/>
        <source>Plik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="197"/>
        <source>Wersja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="198"/>
        <source>Pakiety szkoły</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="199"/>
        <source>Kiedy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="199"/>
        <source>Zdarzenie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="199"/>
        <source>Historia przeglądu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="203"/>
        <source>H&amp;istoria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="210"/>
        <source>Czego dotyczą uwagi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="212"/>
        <source>Uwagi do &amp;całego planu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="213"/>
        <source>Pokaż uwagi do całego planu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="217"/>
        <source>Uwagi i odpowiedzi szkoły</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="222"/>
        <source>Treść nowej uwagi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="223"/>
        <source>Nowa uwaga…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="228"/>
        <source>&amp;Dodaj uwagę</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="229"/>
        <source>Dodaj uwagę</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="231"/>
        <source>&amp;Usuń zaznaczoną</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="232"/>
        <source>Usuń zaznaczoną uwagę</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="272"/>
        <source>RSPO %1 · %2, powiat %3 · uczniowie z doświadczeniem migracji: %4 z %5%6 · plan %7 · pakiet z %8 (%9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="280"/>
        <source>Stan przeglądu: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="294"/>
        <source>Pakiet nie zawiera wyników diagnozy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="331"/>
        <source>Brak planu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="340"/>
        <source>Plan nie ma kosztów.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="351"/>
        <source>cały plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="354"/>
        <source>&amp;Uwagi kontroli (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="359"/>
        <source>(bieżący)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="366"/>
        <source>Stan: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="382"/>
        <source>Uwagi do działania %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="385"/>
        <source>Uwagi do całego planu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="390"/>
        <source>Brak uwag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="398"/>
        <source>(do wcześniejszej wersji planu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="400"/>
        <source>Odpowiedź szkoły (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="462"/>
        <source>Zapisz plik uwag dla szkoły</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="464"/>
        <source>Plik uwag EDUlab (*.edulab-review)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScheduleTab</name>
    <message>
        <location filename="../../edulab_app/ui/plan/schedule_tab.py" line="20"/>
        <source>Działania miesiąc po miesiącu. Szare pola to ferie, przerwy świąteczne i wakacje z kalendarza szkolnego, czerwona linia — dziś, czarna kreska pod paskiem — faktyczny przebieg. Dwuklik lub Enter otwiera działanie do edycji.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/schedule_tab.py" line="35"/>
        <source>ferie, przerwy, wakacje</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/schedule_tab.py" line="36"/>
        <source>dziś</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/schedule_tab.py" line="37"/>
        <source>działanie z błędem</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/schools_tab.py" line="205"/>
        <source>Wczytaj pakiety szkół z plików</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/schools_tab.py" line="207"/>
        <source>Wczytaj &amp;folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/schools_tab.py" line="208"/>
        <source>Wczytaj wszystkie pakiety z folderu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/schools_tab.py" line="213"/>
        <source>Po&amp;wiat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/schools_tab.py" line="215"/>
        <source>Filtr: powiat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/schools_tab.py" line="217"/>
        <source>S&amp;tan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/schools_tab.py" line="219"/>
        <source>Filtr: stan przeglądu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/schools_tab.py" line="221"/>
        <location filename="../../edulab_app/ui/expert/schools_tab.py" line="279"/>
        <source>wszystkie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/schools_tab.py" line="224"/>
        <source>Sz&amp;ukaj:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/schools_tab.py" line="226"/>
        <source>RSPO, nazwa albo gmina</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/schools_tab.py" line="227"/>
        <source>Szukaj szkoły</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/schools_tab.py" line="240"/>
        <source>Szkoły i ich plany</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/schools_tab.py" line="259"/>
        <source>Liczba szkół</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/schools_tab.py" line="261"/>
        <source>&amp;Otwórz przegląd szkoły</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/schools_tab.py" line="262"/>
        <source>Otwórz przegląd zaznaczonej szkoły</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/schools_tab.py" line="302"/>
        <source>Szkół: %1 z %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/schools_tab.py" line="313"/>
        <source>Wybierz pakiety szkół</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/schools_tab.py" line="314"/>
        <source>Pakiety EDUlab (*.edulab);;Wszystkie pliki (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/schools_tab.py" line="319"/>
        <source>Wybierz folder z pakietami szkół</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/schools_tab.py" line="327"/>
        <source>Wczytywanie pakietów…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/schools_tab.py" line="327"/>
        <source>Przerwij</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/schools_tab.py" line="328"/>
        <source>Wczytywanie pakietów</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/schools_tab.py" line="329"/>
        <source>Postęp wczytywania pakietów</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/schools_tab.py" line="352"/>
        <source>Wczytywanie pakietu %1 z %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SectionView</name>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/section.py" line="40"/>
        <source>Obszar %1 z %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/section.py" line="54"/>
        <source>Pytania oznaczone &lt;span style=&quot;color:#b71c1c;&quot;&gt;*&lt;/span&gt; są wymagane. Każda odpowiedź zapisuje się sama, gdy ją podasz.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffTab</name>
    <message>
        <location filename="../../edulab_app/ui/plan/staff_tab.py" line="145"/>
        <source>Kadra szkoły w planie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/staff_tab.py" line="148"/>
        <source>Osoba</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/staff_tab.py" line="148"/>
        <source>Rola</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/staff_tab.py" line="148"/>
        <source>Języki</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/staff_tab.py" line="149"/>
        <source>Limit godz./tydz.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/staff_tab.py" line="149"/>
        <source>Aktywna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/staff_tab.py" line="150"/>
        <source>Działania</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/staff_tab.py" line="151"/>
        <source>Lista osób z kadry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/staff_tab.py" line="163"/>
        <source>&amp;Dodaj osobę</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/staff_tab.py" line="166"/>
        <source>Pokaż osoby nieaktywne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/staff_tab.py" line="176"/>
        <source>Obciążenie: godziny tygodniowo w działaniach planu, miesiąc po miesiącu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/staff_tab.py" line="181"/>
        <source>Przekroczenia limitów godzin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/staff_tab.py" line="183"/>
        <source>Tylko osoby z godzinami w planie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/staff_tab.py" line="191"/>
        <source>Obciążenie osób w kolejnych miesiącach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/staff_tab.py" line="243"/>
        <source>tak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/staff_tab.py" line="243"/>
        <source>nie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/staff_tab.py" line="280"/>
        <source>Zmiana w kadrze: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/staff_tab.py" line="282"/>
        <source>Nie zapisano — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/staff_tab.py" line="290"/>
        <source>Nowa osoba %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/staff_tab.py" line="314"/>
        <source>&lt;b style=&apos;color:#c62828&apos;&gt;Ponad limit godzin:&lt;/b&gt; %1 (czerwone pola). Dwuklik na polu otwiera działanie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/staff_tab.py" line="318"/>
        <source>Nikt nie przekracza swojego limitu godzin.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartView</name>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/section.py" line="187"/>
        <source>&lt;p&gt;Diagnoza to pierwszy krok: pozwala zobaczyć, co szkoła już robi dla uczniów z doświadczeniem migracji, a czego jeszcze potrzebuje. Składa się z 12 obszarów — od przyjęcia ucznia, przez naukę języka polskiego, po współpracę z rodzicami i budżet.&lt;/p&gt;&lt;p&gt;Każda odpowiedź zapisuje się od razu, więc diagnozę można wypełniać na raty — program otworzy ją w miejscu, w którym skończyliście. Jeśli czegoś nie wiecie, zaznaczcie „nie wiem” — to też jest ważna informacja.&lt;/p&gt;&lt;p&gt;Na końcu program pokaże wyniki obszarów, mocne strony szkoły i priorytety z uzasadnieniem — z nich powstaje plan działania. Za rok nowa diagnoza zacznie się od obecnych odpowiedzi i pokaże postęp.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/section.py" line="199"/>
        <source>Rok sz&amp;kolny:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/section.py" line="201"/>
        <source>Rok szkolny nowej diagnozy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/section.py" line="203"/>
        <source>&amp;Rozpocznij diagnozę</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/section.py" line="204"/>
        <source>Rozpocznij diagnozę</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tracking</name>
    <message>
        <location filename="../../edulab_app/ui/tracking/common.py" line="51"/>
        <source>Błąd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/common.py" line="51"/>
        <source>Uwaga</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/common.py" line="51"/>
        <source>Informacja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/common.py" line="55"/>
        <source>dodatkowe zajęcia z języka polskiego</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/common.py" line="56"/>
        <source>zajęcia wyrównawcze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/common.py" line="56"/>
        <source>oddział przygotowawczy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/common.py" line="57"/>
        <source>pomoc asystenta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/common.py" line="57"/>
        <source>pomoc psychologiczno-pedagogiczna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/common.py" line="61"/>
        <source>zajęcia korekcyjno-kompensacyjne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/common.py" line="61"/>
        <source>zajęcia logopedyczne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/common.py" line="62"/>
        <source>zajęcia rozwijające kompetencje emocjonalno-społeczne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/common.py" line="63"/>
        <source>porady i konsultacje</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/common.py" line="63"/>
        <source>inna forma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/common.py" line="67"/>
        <source>zasady ogólne (cudzoziemcy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/common.py" line="68"/>
        <source>szczególne zasady dla obywateli Ukrainy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/common.py" line="69"/>
        <source>obywatel polski powracający z zagranicy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/common.py" line="73"/>
        <source>ogólne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/common.py" line="73"/>
        <source>specustawa UA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/common.py" line="74"/>
        <source>powracający</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/common.py" line="78"/>
        <source>pomoc nauczyciela władająca językiem ucznia (art. 165 ust. 8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/common.py" line="79"/>
        <source>asystent międzykulturowy (art. 165 ust. 8a)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/common.py" line="83"/>
        <source>budżet szkoły</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/common.py" line="83"/>
        <source>organ prowadzący</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/common.py" line="84"/>
        <source>program „Przyjazna szkoła”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/common.py" line="84"/>
        <source>grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/common.py" line="84"/>
        <source>inne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/common.py" line="88"/>
        <source>nauczyciel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/common.py" line="88"/>
        <source>rodzic (polska rodzina)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/common.py" line="89"/>
        <source>rodzic z doświadczeniem migracji</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/common.py" line="89"/>
        <source>uczeń-ambasador</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/common.py" line="90"/>
        <source>asystent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/common.py" line="90"/>
        <source>inna osoba</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/common.py" line="94"/>
        <source>pierwsze spotkanie z rodziną</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/common.py" line="94"/>
        <source>oprowadzenie po szkole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/common.py" line="95"/>
        <source>uczeń-opiekun (buddy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/common.py" line="95"/>
        <source>pakiet informacyjny w języku rodziny</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/common.py" line="96"/>
        <source>spotkanie kontrolne po miesiącu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/common.py" line="100"/>
        <source>opinia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/common.py" line="100"/>
        <source>orzeczenie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/login.py" line="60"/>
        <source>Komunikat o błędzie</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrackingPage</name>
    <message>
        <location filename="../../edulab_app/ui/tracking/common.py" line="229"/>
        <source>Komunikat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/common.py" line="242"/>
        <source>&amp;Zaloguj się…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/common.py" line="243"/>
        <source>Zaloguj się, aby zobaczyć dane chronione</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/common.py" line="271"/>
        <source>Te dane są chronione. Zaloguj się, aby je zobaczyć.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/common.py" line="273"/>
        <source>Sesja jest zablokowana. Zaloguj się ponownie swoim hasłem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/common.py" line="278"/>
        <source>Zaloguj się &amp;jako inny użytkownik…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/common.py" line="285"/>
        <source>Twoja rola nie pozwala oglądać tych danych.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/common.py" line="313"/>
        <source>Sesja jest zablokowana — zaloguj się, aby kontynuować.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/common.py" line="317"/>
        <source>Nie zapisano — popraw:</source>
        <translation type="unfinished">Not saved — please correct:</translation>
    </message>
</context>
<context>
    <name>TrackingTab</name>
    <message>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="58"/>
        <source>Koszty: plan a wykonanie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="60"/>
        <source>Wykres kosztów planowanych i poniesionych według lat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="65"/>
        <source>Postęp realizacji</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="67"/>
        <source>Rok szkolny</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="67"/>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="85"/>
        <source>Planowano</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="67"/>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="86"/>
        <source>Poniesiono</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="68"/>
        <source>%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="68"/>
        <source>Koszty planowane i poniesione według lat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="71"/>
        <source>Semestr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="71"/>
        <source>Zrealizowane działania</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="72"/>
        <source>Działania zrealizowane w semestrach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="77"/>
        <source>Liczba działań według statusu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="84"/>
        <source>Działanie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="84"/>
        <source>Termin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="84"/>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="119"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="85"/>
        <source>Faktycznie od</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="85"/>
        <source>Faktycznie do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="86"/>
        <source>Notatki</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="87"/>
        <source>Realizacja działań</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="125"/>
        <source>Data zmiany statusu lub wydatku</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="126"/>
        <source>&amp;Data:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="128"/>
        <source>np. protokół rady pedagogicznej nr 3/2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="129"/>
        <source>Notatka o realizacji (dowód)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="130"/>
        <source>&amp;Notatka:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="133"/>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="309"/>
        <source>Rozpocznij</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="133"/>
        <source>Zakończ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="134"/>
        <source>Zaniechaj</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="134"/>
        <source>Cofnij do planu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="136"/>
        <source>Zmień status na: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="143"/>
        <source>Koszty poniesione</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="145"/>
        <source>Rok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="145"/>
        <source>Kategoria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="145"/>
        <source>Źródło</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="145"/>
        <source>Kwota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="146"/>
        <source>Opis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="146"/>
        <source>Koszty poniesione na działanie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="153"/>
        <source>Kategoria kosztu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="157"/>
        <source>Źródło finansowania kosztu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="165"/>
        <source>Kwota wydatku</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="167"/>
        <source>np. faktura 12/2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="168"/>
        <source>Opis wydatku</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="173"/>
        <source>Zapisz &amp;koszt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="176"/>
        <source>Usuń zaznaczony koszt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="183"/>
        <source>Notatki i dowody realizacji</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="186"/>
        <source>Notatki o realizacji działania</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="192"/>
        <source>np. lista obecności w teczce koordynatora</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="193"/>
        <source>Nowa notatka o realizacji</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="196"/>
        <source>Dodaj notatkę</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="266"/>
        <source>Brak planu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="275"/>
        <source>planowano</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="276"/>
        <source>poniesiono</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="277"/>
        <source>Plan nie ma kosztów.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="300"/>
        <source>&lt;i&gt;Wybierz działanie z listy.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="304"/>
        <source>Status: %1 · zaplanowano: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="308"/>
        <source>Otwórz ponownie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="355"/>
        <source>Nie zapisano — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="364"/>
        <source>Status „%2”: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="372"/>
        <source>„Kwota wydatku”: podaj kwotę większą od zera.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="379"/>
        <source>Koszt poniesiony: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="393"/>
        <source>Usunięcie kosztu: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="402"/>
        <source>Notatka: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location filename="../../edulab_app/ui/account_dialogs.py" line="47"/>
        <source>Konta użytkowników</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/account_dialogs.py" line="50"/>
        <source>Użytkownik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/account_dialogs.py" line="50"/>
        <location filename="../../edulab_app/ui/account_dialogs.py" line="57"/>
        <source>Imię i nazwisko</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/account_dialogs.py" line="50"/>
        <location filename="../../edulab_app/ui/account_dialogs.py" line="59"/>
        <source>Rola</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/account_dialogs.py" line="51"/>
        <source>Aktywne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/account_dialogs.py" line="51"/>
        <source>Ostatnie logowanie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/account_dialogs.py" line="51"/>
        <source>Lista kont</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/account_dialogs.py" line="55"/>
        <source>Nazwa użytkownika nowego konta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/account_dialogs.py" line="64"/>
        <source>Hasło początkowe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/account_dialogs.py" line="65"/>
        <source>Nazwa użytkownika:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/account_dialogs.py" line="66"/>
        <source>Imię i nazwisko:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/account_dialogs.py" line="67"/>
        <source>Rola:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/account_dialogs.py" line="68"/>
        <source>Hasło początkowe (min. 10 znaków):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/account_dialogs.py" line="74"/>
        <source>&amp;Dodaj konto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/account_dialogs.py" line="76"/>
        <source>&amp;Wyłącz zaznaczone konto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/account_dialogs.py" line="91"/>
        <source>tak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/account_dialogs.py" line="91"/>
        <source>nie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/account_dialogs.py" line="104"/>
        <source>Dodano konto %1. Przekaż hasło tej osobie osobiście.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/account_dialogs.py" line="115"/>
        <source>Wyłączyć konto?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/account_dialogs.py" line="116"/>
        <source>Konto %1 nie będzie mogło się logować, a jego klucz do danych zostanie usunięty. Kontynuować?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeekPage</name>
    <message>
        <location filename="../../edulab_app/ui/documents/week_page.py" line="74"/>
        <source>Stan zapisu tygodnia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/week_page.py" line="77"/>
        <source>Pięć dni wydarzeń, w których szkoła pokazuje się jako wspólnota: języki, smaki i tradycje, zabawy, opowieści rodzinne i święto szkoły. Wybierz termin w kalendarzu szkoły, osoby i koszty, a potem zapisz tydzień w planie działania.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/week_page.py" line="101"/>
        <source>&amp;Podgląd:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/week_page.py" line="103"/>
        <source>Co pokazać w podglądzie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/week_page.py" line="110"/>
        <source>Podgląd tygodnia i zaproszenia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/week_page.py" line="121"/>
        <source>Zapisz &amp;projekt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/week_page.py" line="122"/>
        <source>Sprawdź i zapisz tydzień (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/week_page.py" line="124"/>
        <source>Zapisz w p&amp;lanie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/week_page.py" line="125"/>
        <source>Utwórz albo zaktualizuj działanie „Tydzień dla wszystkich” w planie działania, z tymi kosztami</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/week_page.py" line="128"/>
        <source>&amp;Eksportuj PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/week_page.py" line="129"/>
        <source>Program tygodnia i zaproszenia dla rodzin w ich językach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/week_page.py" line="139"/>
        <source>Termin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/week_page.py" line="142"/>
        <source>Rok szkolny tygodnia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/week_page.py" line="149"/>
        <source>&amp;Rok szkolny:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/week_page.py" line="153"/>
        <source>Pierwszy dzień tygodnia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/week_page.py" line="155"/>
        <source>Pierwszy &amp;dzień:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/week_page.py" line="158"/>
        <source>Dni tygodnia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/week_page.py" line="159"/>
        <source>Dni:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/week_page.py" line="161"/>
        <source>Miejsce i godzina święta szkoły</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/week_page.py" line="162"/>
        <source>np. sala gimnastyczna, 16:00–19:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/week_page.py" line="164"/>
        <source>&amp;Miejsce święta:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/week_page.py" line="166"/>
        <source>Kontakt dla rodzin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/week_page.py" line="167"/>
        <source>e-mail lub telefon koordynatora</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/week_page.py" line="169"/>
        <source>&amp;Kontakt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/week_page.py" line="173"/>
        <source>Osoby (kilka osób oddziel przecinkami)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/week_page.py" line="186"/>
        <source>Języki zaproszenia dla rodzin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/week_page.py" line="192"/>
        <source>Zaproszenie w języku: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/week_page.py" line="203"/>
        <source>Koszty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/week_page.py" line="206"/>
        <source>Pozycja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/week_page.py" line="206"/>
        <source>Kategoria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/week_page.py" line="206"/>
        <source>Źródło</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/week_page.py" line="207"/>
        <source>Ilość</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/week_page.py" line="207"/>
        <source>Cena (zł)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/week_page.py" line="207"/>
        <source>Kwota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/week_page.py" line="208"/>
        <source>Koszty tygodnia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/week_page.py" line="218"/>
        <source>Koszt tygodnia razem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/week_page.py" line="249"/>
        <source>✓ Zapisano w planie działania</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/week_page.py" line="250"/>
        <source>Projekt zapisany — nie ma go jeszcze w planie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/week_page.py" line="251"/>
        <source>Propozycja — niezapisana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/week_page.py" line="275"/>
        <source>Źródło finansowania: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/week_page.py" line="281"/>
        <source>Ilość: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/week_page.py" line="286"/>
        <source>Cena jednostkowa: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/week_page.py" line="307"/>
        <source>Razem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/week_page.py" line="316"/>
        <source>%1 — %2: wybierz dzień nauki szkolnej.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/week_page.py" line="328"/>
        <source>Niezapisane zmiany</source>
        <translation type="unfinished">Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/week_page.py" line="359"/>
        <source>Nie zapisano</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/week_page.py" line="377"/>
        <source>Nie zapisano w planie:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/week_page.py" line="383"/>
        <source>✓ Zapisano w planie działania: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/week_page.py" line="391"/>
        <source>Zapisz „Tydzień dla wszystkich”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/week_page.py" line="398"/>
        <source>Nie zapisano PDF:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/week_page.py" line="403"/>
        <source>✓ Zapisano PDF: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/week_page.py" line="429"/>
        <source>Program tygodnia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/week_page.py" line="432"/>
        <source>Zaproszenie — %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../edulab_app/ui/welcome_page.py" line="17"/>
        <source>&lt;h1&gt;Szkoła włączająca krok po kroku&lt;/h1&gt;</source>
        <translation>&lt;h1&gt;Inclusive school step by step&lt;/h1&gt;</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/welcome_page.py" line="19"/>
        <source>Ten program prowadzi szkołę przez diagnozę potrzeb i zasobów, pomaga ułożyć kilkuletni plan działania z harmonogramem, kadrą i kosztami oraz śledzić jego realizację.

Zacznij od dodania swojej szkoły albo obejrzyj gotową szkołę demonstracyjną.</source>
        <translation>This program walks a school through the needs-and-resources diagnosis, helps it build a multi-year action plan with schedule, staff and costs, and track its implementation.

Start by adding your school, or look at the ready-made demo school.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/welcome_page.py" line="24"/>
        <source>Otwórz &amp;szkołę demonstracyjną</source>
        <translation>Open the &amp;demo school</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/welcome_page.py" line="25"/>
        <source>Otwórz szkołę demonstracyjną</source>
        <translation>Open the demo school</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/welcome_page.py" line="27"/>
        <source>&amp;Dodaj swoją szkołę…</source>
        <translation>&amp;Add your school…</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/welcome_page.py" line="28"/>
        <source>Dodaj swoją szkołę</source>
        <translation>Add your school</translation>
    </message>
</context>
</TS>
