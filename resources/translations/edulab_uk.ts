<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk" sourcelanguage="pl_PL">
<context>
    <name>App</name>
    <message>
        <location filename="../../edulab_app/ui/app.py" line="42"/>
        <location filename="../../edulab_app/ui/app.py" line="47"/>
        <source>Baza danych uszkodzona</source>
        <translation>Базу даних пошкоджено</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/app.py" line="43"/>
        <source>Nie znaleziono kopii zapasowych.</source>
        <translation>Резервних копій не знайдено.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/app.py" line="48"/>
        <source>Wybierz kopię zapasową do przywrócenia:</source>
        <translation>Виберіть резервну копію для відновлення:</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../edulab_app/ui/dialogs.py" line="10"/>
        <source>EDUlab — problem</source>
        <translation>EDUlab — проблема</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/dialogs.py" line="12"/>
        <source>Komunikat o problemie</source>
        <translation>Повідомлення про проблему</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/dialogs.py" line="17"/>
        <source>Wystąpił nieoczekiwany błąd programu. Twoje zapisane dane są bezpieczne.</source>
        <translation>Сталася неочікувана помилка програми. Ваші збережені дані в безпеці.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/dialogs.py" line="19"/>
        <source>Szczegóły zapisano w dzienniku:</source>
        <translation>Подробиці записано до журналу:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/dialogs.py" line="20"/>
        <source>EDUlab — nieoczekiwany błąd</source>
        <translation>EDUlab — неочікувана помилка</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../edulab_app/ui/main_window.py" line="41"/>
        <source>EDUlab — Szkoła włączająca krok po kroku</source>
        <translation>EDUlab — Інклюзивна школа крок за кроком</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/main_window.py" line="45"/>
        <source>Szkoła</source>
        <translation>Школа</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/main_window.py" line="48"/>
        <source>&amp;Szkoła:</source>
        <translation>&amp;Школа:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/main_window.py" line="51"/>
        <source>Wybór szkoły</source>
        <translation>Вибір школи</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/main_window.py" line="60"/>
        <source>Nawigator obszarów</source>
        <translation>Навігатор розділів</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/main_window.py" line="75"/>
        <source>Dane: %1</source>
        <translation>Дані: %1</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/main_window.py" line="80"/>
        <source>&amp;Plik</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/main_window.py" line="81"/>
        <source>&amp;Nowa szkoła…</source>
        <translation>&amp;Нова школа…</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/main_window.py" line="82"/>
        <source>Szkoła &amp;demonstracyjna</source>
        <translation>&amp;Демонстраційна школа</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/main_window.py" line="84"/>
        <source>Utwórz &amp;kopię zapasową</source>
        <translation>Створити &amp;резервну копію</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/main_window.py" line="85"/>
        <source>&amp;Przywróć z kopii zapasowej…</source>
        <translation>&amp;Відновити з резервної копії…</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/main_window.py" line="87"/>
        <source>&amp;Zakończ</source>
        <translation>&amp;Вийти</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/main_window.py" line="88"/>
        <source>Pomo&amp;c</source>
        <translation>&amp;Довідка</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/main_window.py" line="89"/>
        <source>Otwórz &amp;folder danych</source>
        <translation>Відкрити &amp;теку даних</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/main_window.py" line="90"/>
        <source>&amp;O programie</source>
        <translation>&amp;Про програму</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/main_window.py" line="172"/>
        <source>Otwarto szkołę demonstracyjną.</source>
        <translation>Відкрито демонстраційну школу.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/main_window.py" line="181"/>
        <source>Kopię zapasową zapisano: %1</source>
        <translation>Резервну копію збережено: %1</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/main_window.py" line="185"/>
        <source>Wybierz kopię zapasową</source>
        <translation>Виберіть резервну копію</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/main_window.py" line="185"/>
        <source>Kopie bazy (*.sqlite3)</source>
        <translation>Копії бази (*.sqlite3)</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/main_window.py" line="189"/>
        <source>Przywrócić kopię?</source>
        <translation>Відновити копію?</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/main_window.py" line="190"/>
        <source>Obecne dane zostaną zastąpione danymi z kopii. Przed zmianą program zachowa ich kopię. Kontynuować?</source>
        <translation>Поточні дані буде замінено даними з копії. Перед цим програма збереже їхню копію. Продовжити?</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/main_window.py" line="201"/>
        <source>Przywrócono dane z kopii.</source>
        <translation>Дані відновлено з копії.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/main_window.py" line="203"/>
        <source>Poprzednie dane zachowano: %1</source>
        <translation>Попередні дані збережено: %1</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/main_window.py" line="204"/>
        <source>Przywrócono</source>
        <translation>Відновлено</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/main_window.py" line="211"/>
        <source>O programie</source>
        <translation>Про програму</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/main_window.py" line="212"/>
        <source>&lt;b&gt;EDUlab — Szkoła włączająca krok po kroku&lt;/b&gt;&lt;br&gt;wersja %1&lt;br&gt;&lt;br&gt;Narzędzie Pomorskiego EDUlab dla szkół uczących dzieci z doświadczeniem migracji.&lt;br&gt;&lt;br&gt;Folder danych: %2</source>
        <translation>&lt;b&gt;EDUlab — Інклюзивна школа крок за кроком&lt;/b&gt;&lt;br&gt;версія %1&lt;br&gt;&lt;br&gt;Інструмент Поморського EDUlab для шкіл, що навчають дітей з досвідом міграції.&lt;br&gt;&lt;br&gt;Тека даних: %2</translation>
    </message>
</context>
<context>
    <name>NewSchoolDialog</name>
    <message>
        <location filename="../../edulab_app/ui/school_dialog.py" line="19"/>
        <source>Nowa szkoła</source>
        <translation>Нова школа</translation>
    </message>
</context>
<context>
    <name>SchoolForm</name>
    <message>
        <location filename="../../edulab_app/ui/school_form.py" line="41"/>
        <source>Numer RSPO</source>
        <translation>Номер RSPO</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/school_form.py" line="41"/>
        <source>np. 123456</source>
        <translation>напр. 123456</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/school_form.py" line="42"/>
        <source>Nazwa szkoły</source>
        <translation>Назва школи</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/school_form.py" line="42"/>
        <source>pełna nazwa, jak w rejestrze RSPO</source>
        <translation>повна назва, як у реєстрі RSPO</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/school_form.py" line="47"/>
        <source>Typ szkoły</source>
        <translation>Тип школи</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/school_form.py" line="48"/>
        <source>Ulica i numer</source>
        <translation>Вулиця і номер</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/school_form.py" line="49"/>
        <source>Kod pocztowy</source>
        <translation>Поштовий індекс</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/school_form.py" line="50"/>
        <source>Miejscowość</source>
        <translation>Населений пункт</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/school_form.py" line="51"/>
        <source>Gmina</source>
        <translation>Гміна</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/school_form.py" line="55"/>
        <source>Województwo</source>
        <translation>Воєводство</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/school_form.py" line="58"/>
        <source>Powiat</source>
        <translation>Повіт</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/school_form.py" line="59"/>
        <source>Organ prowadzący</source>
        <translation>Засновник (орган управління)</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/school_form.py" line="59"/>
        <source>np. Gmina Miasta Gdańska</source>
        <translation>напр. Gmina Miasta Gdańska</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/school_form.py" line="60"/>
        <source>E-mail</source>
        <translation>Ел. пошта</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/school_form.py" line="60"/>
        <source>sekretariat@…</source>
        <translation>sekretariat@…</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/school_form.py" line="61"/>
        <source>Telefon</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/school_form.py" line="62"/>
        <source>Bieżący rok szkolny</source>
        <translation>Поточний навчальний рік</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/school_form.py" line="63"/>
        <source>Liczba uczniów ogółem</source>
        <translation>Кількість учнів загалом</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/school_form.py" line="64"/>
        <source>Liczba uczniów z doświadczeniem migracji</source>
        <translation>Кількість учнів з досвідом міграції</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/school_form.py" line="70"/>
        <source>Uczniowie, którzy przyjechali z zagranicy lub wychowują się w rodzinie migrantów, niezależnie od obywatelstwa.</source>
        <translation>Учні, які приїхали з-за кордону або виховуються в родині мігрантів, незалежно від громадянства.</translation>
    </message>
</context>
<context>
    <name>SchoolPage</name>
    <message>
        <location filename="../../edulab_app/ui/school_page.py" line="24"/>
        <source>Profil szkoły</source>
        <translation>Профіль школи</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/school_page.py" line="32"/>
        <source>Dane szkoły trafiają na okładkę planu i do eksportów dla EDUlab. Liczby uczniów aktualizuj na początku każdego roku szkolnego.</source>
        <translation>Дані школи потрапляють на обкладинку плану та до експорту для EDUlab. Оновлюйте кількість учнів на початку кожного навчального року.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/school_page.py" line="39"/>
        <source>Błędy w formularzu</source>
        <translation>Помилки у формі</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/school_page.py" line="50"/>
        <source>Stan zapisu</source>
        <translation>Стан збереження</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/school_page.py" line="52"/>
        <source>Przywróć zapisane</source>
        <translation>Повернути збережене</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/school_page.py" line="55"/>
        <source>&amp;Zapisz</source>
        <translation>&amp;Зберегти</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/school_page.py" line="56"/>
        <source>Zapisz zmiany (Ctrl+S)</source>
        <translation>Зберегти зміни (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/school_page.py" line="76"/>
        <source>Niezapisane zmiany</source>
        <translation>Незбережені зміни</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/school_page.py" line="76"/>
        <source>✓ Zapisano</source>
        <translation>✓ Збережено</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/school_page.py" line="84"/>
        <source>Nie zapisano — popraw:</source>
        <translation>Не збережено — виправте:</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../edulab_app/ui/welcome_page.py" line="17"/>
        <source>&lt;h1&gt;Szkoła włączająca krok po kroku&lt;/h1&gt;</source>
        <translation>&lt;h1&gt;Інклюзивна школа крок за кроком&lt;/h1&gt;</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/welcome_page.py" line="19"/>
        <source>Ten program prowadzi szkołę przez diagnozę potrzeb i zasobów, pomaga ułożyć kilkuletni plan działania z harmonogramem, kadrą i kosztami oraz śledzić jego realizację.

Zacznij od dodania swojej szkoły albo obejrzyj gotową szkołę demonstracyjną.</source>
        <translation>Ця програма проводить школу через діагностику потреб і ресурсів, допомагає скласти багаторічний план дій із графіком, персоналом і витратами та відстежувати його виконання.

Почніть із додавання своєї школи або перегляньте готову демонстраційну школу.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/welcome_page.py" line="24"/>
        <source>Otwórz &amp;szkołę demonstracyjną</source>
        <translation>Відкрити &amp;демонстраційну школу</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/welcome_page.py" line="25"/>
        <source>Otwórz szkołę demonstracyjną</source>
        <translation>Відкрити демонстраційну школу</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/welcome_page.py" line="27"/>
        <source>&amp;Dodaj swoją szkołę…</source>
        <translation>&amp;Додати свою школу…</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/welcome_page.py" line="28"/>
        <source>Dodaj swoją szkołę</source>
        <translation>Додати свою школу</translation>
    </message>
</context>
</TS>
