<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="pl_PL">
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
        <location filename="../../edulab_app/ui/main_window.py" line="80"/>
        <source>&amp;Plik</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/main_window.py" line="81"/>
        <source>&amp;Nowa szkoła…</source>
        <translation>&amp;New school…</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/main_window.py" line="82"/>
        <source>Szkoła &amp;demonstracyjna</source>
        <translation>&amp;Demo school</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/main_window.py" line="84"/>
        <source>Utwórz &amp;kopię zapasową</source>
        <translation>Create a &amp;backup</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/main_window.py" line="85"/>
        <source>&amp;Przywróć z kopii zapasowej…</source>
        <translation>&amp;Restore from backup…</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/main_window.py" line="87"/>
        <source>&amp;Zakończ</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/main_window.py" line="88"/>
        <source>Pomo&amp;c</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/main_window.py" line="89"/>
        <source>Otwórz &amp;folder danych</source>
        <translation>Open data &amp;folder</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/main_window.py" line="90"/>
        <source>&amp;O programie</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/main_window.py" line="172"/>
        <source>Otwarto szkołę demonstracyjną.</source>
        <translation>The demo school is open.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/main_window.py" line="181"/>
        <source>Kopię zapasową zapisano: %1</source>
        <translation>Backup saved: %1</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/main_window.py" line="185"/>
        <source>Wybierz kopię zapasową</source>
        <translation>Choose a backup</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/main_window.py" line="185"/>
        <source>Kopie bazy (*.sqlite3)</source>
        <translation>Database backups (*.sqlite3)</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/main_window.py" line="189"/>
        <source>Przywrócić kopię?</source>
        <translation>Restore the backup?</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/main_window.py" line="190"/>
        <source>Obecne dane zostaną zastąpione danymi z kopii. Przed zmianą program zachowa ich kopię. Kontynuować?</source>
        <translation>The current data will be replaced by the backup. The program keeps a copy of it first. Continue?</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/main_window.py" line="201"/>
        <source>Przywrócono dane z kopii.</source>
        <translation>Data restored from the backup.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/main_window.py" line="203"/>
        <source>Poprzednie dane zachowano: %1</source>
        <translation>Previous data kept at: %1</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/main_window.py" line="204"/>
        <source>Przywrócono</source>
        <translation>Restored</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/main_window.py" line="211"/>
        <source>O programie</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/main_window.py" line="212"/>
        <source>&lt;b&gt;EDUlab — Szkoła włączająca krok po kroku&lt;/b&gt;&lt;br&gt;wersja %1&lt;br&gt;&lt;br&gt;Narzędzie Pomorskiego EDUlab dla szkół uczących dzieci z doświadczeniem migracji.&lt;br&gt;&lt;br&gt;Folder danych: %2</source>
        <translation>&lt;b&gt;EDUlab — Inclusive school step by step&lt;/b&gt;&lt;br&gt;version %1&lt;br&gt;&lt;br&gt;A tool of the Pomeranian EDUlab for schools teaching children with migration experience.&lt;br&gt;&lt;br&gt;Data folder: %2</translation>
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
        <location filename="../../edulab_app/ui/school_page.py" line="24"/>
        <source>Profil szkoły</source>
        <translation>School profile</translation>
    </message>
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
