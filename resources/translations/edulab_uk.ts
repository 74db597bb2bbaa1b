<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk" sourcelanguage="pl_PL">
<context>
    <name></name>
    <message>
        <location filename="../../edulab_app/ui/plan/actions_model.py" line="22"/>
        <location filename="../../edulab_app/ui/plan/gantt.py" line="244"/>
        <source>Działanie</source>
        <translation>Дія</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/actions_model.py" line="22"/>
        <source>Rok szkolny</source>
        <translation>Навчальний рік</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/actions_model.py" line="22"/>
        <source>Obszar</source>
        <translation>Сфера</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/actions_model.py" line="22"/>
        <source>Od</source>
        <translation>Від</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/actions_model.py" line="23"/>
        <source>Do</source>
        <translation>До</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/actions_model.py" line="23"/>
        <source>Odpowiada</source>
        <translation>Відповідає</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/actions_model.py" line="23"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/actions_model.py" line="24"/>
        <source>Koszt planowany</source>
        <translation>Запланована вартість</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/actions_model.py" line="24"/>
        <source>Poniesiono</source>
        <translation>Витрачено</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/actions_model.py" line="24"/>
        <source>Uwagi</source>
        <translation>Зауваження</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/actions_model.py" line="25"/>
        <source>Uwagi eksperta</source>
        <translation>Зауваження експерта</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/actions_model.py" line="146"/>
        <source>Uwagi eksperta EDUlab: %1, bez odpowiedzi szkoły: %2. Odpowiedz w edytorze działania.</source>
        <translation>Зауваження експерта EDUlab: %1, без відповіді школи: %2. Дайте відповідь у редакторі дії.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/actions_model.py" line="180"/>
        <source>%1 (%2 bez odp.)</source>
        <translation>%1 (%2 без відп.)</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/actions_model.py" line="181"/>
        <source>%1 ✓</source>
        <translation>%1 ✓</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/common.py" line="27"/>
        <source>zaplanowane</source>
        <translation>заплановано</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/common.py" line="27"/>
        <source>w realizacji</source>
        <translation>виконується</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/common.py" line="27"/>
        <source>zrealizowane</source>
        <translation>виконано</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/common.py" line="28"/>
        <source>zaniechane</source>
        <translation>припинено</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/common.py" line="32"/>
        <source>Błąd</source>
        <translation>Помилка</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/common.py" line="32"/>
        <source>Uwaga</source>
        <translation>Зауваження</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/common.py" line="32"/>
        <source>Informacja</source>
        <translation>Інформація</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/common.py" line="24"/>
        <location filename="../../edulab_app/ui/plan/common.py" line="36"/>
        <source>kadra</source>
        <translation>персонал</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/common.py" line="24"/>
        <location filename="../../edulab_app/ui/plan/common.py" line="36"/>
        <source>szkolenia</source>
        <translation>навчання</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/common.py" line="24"/>
        <location filename="../../edulab_app/ui/plan/common.py" line="36"/>
        <source>materiały</source>
        <translation>матеріали</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/common.py" line="25"/>
        <location filename="../../edulab_app/ui/plan/common.py" line="37"/>
        <source>tłumaczenia</source>
        <translation>переклади</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/common.py" line="25"/>
        <location filename="../../edulab_app/ui/plan/common.py" line="37"/>
        <source>wydarzenia</source>
        <translation>заходи</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/common.py" line="25"/>
        <location filename="../../edulab_app/ui/plan/common.py" line="37"/>
        <source>wyposażenie</source>
        <translation>обладнання</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/common.py" line="26"/>
        <location filename="../../edulab_app/ui/plan/common.py" line="38"/>
        <source>inne</source>
        <translation>інше</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/common.py" line="30"/>
        <location filename="../../edulab_app/ui/plan/common.py" line="43"/>
        <source>budżet szkoły</source>
        <translation>бюджет школи</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/common.py" line="30"/>
        <location filename="../../edulab_app/ui/plan/common.py" line="43"/>
        <source>organ prowadzący</source>
        <translation>засновник (орган управління)</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/common.py" line="31"/>
        <location filename="../../edulab_app/ui/plan/common.py" line="44"/>
        <source>Obszar Metropolitalny GGS</source>
        <translation>Метрополійна територія GGS</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/common.py" line="31"/>
        <location filename="../../edulab_app/ui/plan/common.py" line="44"/>
        <source>grant</source>
        <translation>грант</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/common.py" line="32"/>
        <location filename="../../edulab_app/ui/plan/common.py" line="45"/>
        <source>program rządowy</source>
        <translation>урядова програма</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/common.py" line="36"/>
        <source>przyjęte</source>
        <translation>ухвалено</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/common.py" line="36"/>
        <source>w toku</source>
        <translation>триває</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/common.py" line="36"/>
        <source>zamknięte</source>
        <translation>закрито</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/common.py" line="40"/>
        <source>zgłoszenie anonimowe</source>
        <translation>анонімне повідомлення</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/common.py" line="40"/>
        <source>uczeń</source>
        <translation>учень</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/common.py" line="40"/>
        <source>rodzic lub opiekun</source>
        <translation>батько/мати або опікун</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/common.py" line="41"/>
        <source>pracownik szkoły</source>
        <translation>працівник школи</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/common.py" line="45"/>
        <source>polski</source>
        <translation>польська</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/common.py" line="45"/>
        <source>ukraiński</source>
        <translation>українська</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/common.py" line="45"/>
        <source>angielski</source>
        <translation>англійська</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/common.py" line="45"/>
        <source>rosyjski</source>
        <translation>російська</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/common.py" line="55"/>
        <source>Błędy w formularzu</source>
        <translation>Помилки у формі</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/common.py" line="64"/>
        <source>Nie zapisano — popraw:</source>
        <translation>Не збережено — виправте:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/common.py" line="75"/>
        <source>Dokument PDF (*.pdf)</source>
        <translation>Документ PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/common.py" line="50"/>
        <source>działanie</source>
        <translation>дія</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/common.py" line="50"/>
        <source>szkolenie</source>
        <translation>навчання</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/common.py" line="65"/>
        <source>sty</source>
        <translation>січ</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/common.py" line="65"/>
        <source>lut</source>
        <translation>лют</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/common.py" line="65"/>
        <source>mar</source>
        <translation>бер</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/common.py" line="65"/>
        <source>kwi</source>
        <translation>квіт</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/common.py" line="65"/>
        <location filename="../../edulab_app/ui/plan/common.py" line="70"/>
        <source>maj</source>
        <translation>травень</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/common.py" line="65"/>
        <source>cze</source>
        <translation>черв</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/common.py" line="65"/>
        <source>lip</source>
        <translation>лип</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/common.py" line="65"/>
        <source>sie</source>
        <translation>серп</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/common.py" line="65"/>
        <source>wrz</source>
        <translation>вер</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/common.py" line="66"/>
        <source>paź</source>
        <translation>жовт</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/common.py" line="66"/>
        <source>lis</source>
        <translation>лист</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/common.py" line="66"/>
        <source>gru</source>
        <translation>груд</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/common.py" line="70"/>
        <source>styczeń</source>
        <translation>січень</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/common.py" line="70"/>
        <source>luty</source>
        <translation>лютий</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/common.py" line="70"/>
        <source>marzec</source>
        <translation>березень</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/common.py" line="70"/>
        <source>kwiecień</source>
        <translation>квітень</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/common.py" line="70"/>
        <source>czerwiec</source>
        <translation>червень</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/common.py" line="70"/>
        <source>lipiec</source>
        <translation>липень</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/common.py" line="71"/>
        <source>sierpień</source>
        <translation>серпень</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/common.py" line="71"/>
        <source>wrzesień</source>
        <translation>вересень</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/common.py" line="71"/>
        <source>październik</source>
        <translation>жовтень</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/common.py" line="71"/>
        <source>listopad</source>
        <translation>листопад</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/common.py" line="71"/>
        <source>grudzień</source>
        <translation>грудень</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/document.py" line="136"/>
        <source>Utworzono nowy plan.</source>
        <translation>Новий план створено.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/document.py" line="175"/>
        <source>Zapisano odpowiedź na uwagę eksperta.</source>
        <translation>Відповідь на зауваження експерта збережено.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/document.py" line="202"/>
        <source>Zapisano: %1</source>
        <translation>Збережено: %1</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/document.py" line="234"/>
        <source>Zapisano ustawienia planu.</source>
        <translation>Налаштування плану збережено.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/document.py" line="240"/>
        <source>Dodanie osoby: %1</source>
        <translation>Додавання особи: %1</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/document.py" line="274"/>
        <source>Zapisano zmiany w kadrze.</source>
        <translation>Зміни в персоналі збережено.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/editor.py" line="63"/>
        <source>Nazwa działania</source>
        <translation>Назва дії</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/editor.py" line="63"/>
        <source>Opis</source>
        <translation>Опис</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/editor.py" line="63"/>
        <source>Początek</source>
        <translation>Початок</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/editor.py" line="63"/>
        <source>Koniec</source>
        <translation>Кінець</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/editor.py" line="64"/>
        <source>Osoba odpowiedzialna</source>
        <translation>Відповідальна особа</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/editor.py" line="64"/>
        <source>Osoby zaangażowane</source>
        <translation>Залучені особи</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/editor.py" line="65"/>
        <source>Koszty planowane</source>
        <translation>Заплановані витрати</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/editor.py" line="65"/>
        <source>Wskaźniki</source>
        <translation>Показники</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/editor.py" line="65"/>
        <source>Podstawa prawna</source>
        <translation>Правова підстава</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/editor.py" line="66"/>
        <source>Szkolenia potrzebne wcześniej</source>
        <translation>Навчання, потрібне заздалегідь</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/editor.py" line="66"/>
        <source>Liczba uczniów</source>
        <translation>Кількість учнів</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/editor.py" line="67"/>
        <source>Liczba grup</source>
        <translation>Кількість груп</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/editor.py" line="67"/>
        <source>Godziny tygodniowo (na grupę)</source>
        <translation>Годин на тиждень (на групу)</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/editor.py" line="68"/>
        <source>Liczba jednostek</source>
        <translation>Кількість одиниць</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/editor.py" line="68"/>
        <source>Liczba uczestników</source>
        <translation>Кількість учасників</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/gantt.py" line="63"/>
        <source>Harmonogram działań (wykres Gantta)</source>
        <translation>Графік дій (діаграма Ґантта)</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/gantt.py" line="81"/>
        <source>Działań: %1; okres: %2</source>
        <translation>Дій: %1; період: %2</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/gantt.py" line="189"/>
        <source>Brak planu.</source>
        <translation>Немає плану.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/gantt.py" line="241"/>
        <source>przygot.</source>
        <translation>підгот.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/gantt.py" line="323"/>
        <source>Odpowiada: %1</source>
        <translation>Відповідає: %1</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/gantt.py" line="324"/>
        <source>Koszt planowany: %1</source>
        <translation>Запланована вартість: %1</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/gantt.py" line="326"/>
        <source>Faktycznie: %1 – %2</source>
        <translation>Фактично: %1 – %2</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/staff_tab.py" line="87"/>
        <source>%1, %2; limit %3 godz. tygodniowo</source>
        <translation>%1, %2; ліміт %3 год на тиждень</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/staff_tab.py" line="127"/>
        <source>%1 — %2: %3 godz. tygodniowo (limit %4)</source>
        <translation>%1 — %2: %3 год на тиждень (ліміт %4)</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/common.py" line="41"/>
        <source>inna osoba</source>
        <translation>інша особа</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/schools_tab.py" line="50"/>
        <source>nowy</source>
        <translation>новий</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/schools_tab.py" line="50"/>
        <source>w przeglądzie</source>
        <translation>на розгляді</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/schools_tab.py" line="50"/>
        <source>zwrócony</source>
        <translation>повернуто</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/schools_tab.py" line="51"/>
        <source>zaakceptowany</source>
        <translation>схвалено</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/schools_tab.py" line="66"/>
        <source>RSPO</source>
        <translation>RSPO</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/schools_tab.py" line="66"/>
        <source>Szkoła</source>
        <translation>Школа</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/schools_tab.py" line="66"/>
        <source>Powiat</source>
        <translation>Повіт</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/schools_tab.py" line="66"/>
        <source>Uczniowie z dośw. migracji</source>
        <translation>Учні з досв. міграції</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/schools_tab.py" line="66"/>
        <source>Najważniejsze priorytety</source>
        <translation>Найважливіші пріоритети</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/schools_tab.py" line="67"/>
        <source>Koszt planu na rok</source>
        <translation>Вартість плану на рік</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/schools_tab.py" line="67"/>
        <source>Uwagi kontroli</source>
        <translation>Зауваження перевірки</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/schools_tab.py" line="67"/>
        <source>Stan przeglądu</source>
        <translation>Стан розгляду</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/schools_tab.py" line="114"/>
        <source>Razem: %1</source>
        <translation>Разом: %1</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/schools_tab.py" line="118"/>
        <source>Pakietów: %1</source>
        <translation>Пакетів: %1</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/review_comments.py" line="38"/>
        <source>nowy — ekspert jeszcze nie przeglądał planu</source>
        <translation>новий — експерт ще не розглядав план</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/review_comments.py" line="38"/>
        <source>w przeglądzie u eksperta</source>
        <translation>на розгляді в експерта</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/review_comments.py" line="39"/>
        <source>zwrócony szkole do poprawy</source>
        <translation>повернуто школі на доопрацювання</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/review_comments.py" line="39"/>
        <source>zaakceptowany przez eksperta</source>
        <translation>схвалено експертом</translation>
    </message>
</context>
<context>
    <name>ActionCommentsBox</name>
    <message>
        <location filename="../../edulab_app/ui/plan/review_comments.py" line="248"/>
        <source>Uwagi eksperta EDUlab do działania</source>
        <translation>Зауваження експерта EDUlab до дії</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/review_comments.py" line="260"/>
        <source>Uwagi eksperta EDUlab (%1)</source>
        <translation>Зауваження експерта EDUlab (%1)</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/review_comments.py" line="262"/>
        <source>bez odpowiedzi: %1</source>
        <translation>без відповіді: %1</translation>
    </message>
</context>
<context>
    <name>ActionEditor</name>
    <message>
        <location filename="../../edulab_app/ui/plan/editor.py" line="143"/>
        <source>Błędy w działaniu</source>
        <translation>Помилки в дії</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/editor.py" line="180"/>
        <source>&amp;Termin (od – do)</source>
        <translation>&amp;Термін (від – до)</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/editor.py" line="183"/>
        <source>Osoba &amp;odpowiedzialna</source>
        <translation>&amp;Відповідальна особа</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/editor.py" line="186"/>
        <source>Skala działania</source>
        <translation>Масштаб дії</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/editor.py" line="206"/>
        <source>Osoba</source>
        <translation>Особа</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/editor.py" line="206"/>
        <source>Rola</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/editor.py" line="206"/>
        <source>Godz./tydz.</source>
        <translation>Год/тиж.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/editor.py" line="213"/>
        <source>Kategoria</source>
        <translation>Категорія</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/editor.py" line="213"/>
        <source>Źródło</source>
        <translation>Джерело</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/editor.py" line="213"/>
        <source>Rok szkolny</source>
        <translation>Навчальний рік</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/editor.py" line="213"/>
        <source>Ilość</source>
        <translation>Кількість</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/editor.py" line="214"/>
        <source>Cena jedn. (zł)</source>
        <translation>Ціна за од. (zł)</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/editor.py" line="214"/>
        <source>Kwota</source>
        <translation>Сума</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/editor.py" line="214"/>
        <source>Opis</source>
        <translation>Опис</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/editor.py" line="229"/>
        <source>Wskaźnik</source>
        <translation>Показник</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/editor.py" line="229"/>
        <source>Sposób monitorowania</source>
        <translation>Спосіб моніторингу</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/editor.py" line="230"/>
        <source>Wartość docelowa</source>
        <translation>Цільове значення</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/editor.py" line="235"/>
        <source>Uzasadnienie i podstawa prawna</source>
        <translation>Обґрунтування та правова підстава</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/editor.py" line="265"/>
        <source>&lt;i&gt;Wybierz działanie z listy (dwuklik lub Enter), aby je edytować.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Виберіть дію зі списку (подвійне клацання або Enter), щоб її редагувати.&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/editor.py" line="278"/>
        <source>Dodaj wiersz</source>
        <translation>Додати рядок</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/editor.py" line="279"/>
        <source>Dodaj wiersz: %1</source>
        <translation>Додати рядок: %1</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/editor.py" line="281"/>
        <source>Usuń zaznaczony wiersz</source>
        <translation>Видалити вибраний рядок</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/editor.py" line="282"/>
        <source>Usuń wiersz: %1</source>
        <translation>Видалити рядок: %1</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/editor.py" line="332"/>
        <source>%1 · rok szkolny %2 · status: %3 · identyfikator %4</source>
        <translation>%1 · навчальний рік %2 · статус: %3 · ідентифікатор %4</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/editor.py" line="344"/>
        <source>— nikt —</source>
        <translation>— ніхто —</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/editor.py" line="396"/>
        <source>Razem: %1</source>
        <translation>Разом: %1</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/editor.py" line="420"/>
        <source>&lt;b&gt;Odpowiada na priorytety diagnozy:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Відповідає на пріоритети діагностики:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/editor.py" line="422"/>
        <source>&lt;b&gt;Dlaczego:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Чому:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/editor.py" line="431"/>
        <source> do %1</source>
        <translation> до %1</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/editor.py" line="432"/>
        <source>%1 (obowiązuje od %2%3)</source>
        <translation>%1 (діє з %2%3)</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/editor.py" line="436"/>
        <source>&lt;b&gt;Szkolenia potrzebne przed rozpoczęciem:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Навчання, потрібне перед початком:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/editor.py" line="443"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/editor.py" line="555"/>
        <source>Wszystkie osoby z kadry są już przypisane.</source>
        <translation>Увесь персонал уже призначено.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/editor.py" line="571"/>
        <source>Nowy wskaźnik</source>
        <translation>Новий показник</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/editor.py" line="601"/>
        <source>Nie zapisano — popraw:</source>
        <translation>Не збережено — виправте:</translation>
    </message>
</context>
<context>
    <name>ActionsTab</name>
    <message>
        <location filename="../../edulab_app/ui/plan/actions_tab.py" line="34"/>
        <source>&amp;Rok:</source>
        <translation>&amp;Рік:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/actions_tab.py" line="34"/>
        <source>Filtr: rok szkolny</source>
        <translation>Фільтр: навчальний рік</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/actions_tab.py" line="35"/>
        <source>&amp;Obszar / priorytet:</source>
        <translation>&amp;Сфера / пріоритет:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/actions_tab.py" line="35"/>
        <source>Filtr: obszar lub priorytet</source>
        <translation>Фільтр: сфера або пріоритет</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/actions_tab.py" line="38"/>
        <source>S&amp;tatus:</source>
        <translation>С&amp;татус:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/actions_tab.py" line="38"/>
        <source>Filtr: status</source>
        <translation>Фільтр: статус</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/actions_tab.py" line="39"/>
        <source>O&amp;soba:</source>
        <translation>О&amp;соба:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/actions_tab.py" line="39"/>
        <source>Filtr: osoba</source>
        <translation>Фільтр: особа</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/actions_tab.py" line="43"/>
        <source>Szukaj w nazwie i opisie…</source>
        <translation>Шукати в назві та описі…</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/actions_tab.py" line="44"/>
        <source>Filtr: wyszukiwanie tekstu</source>
        <translation>Фільтр: пошук тексту</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/actions_tab.py" line="47"/>
        <source>tylko z uwagami &amp;eksperta</source>
        <translation>лише із зауваженнями &amp;експерта</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/actions_tab.py" line="48"/>
        <source>Filtr: tylko działania z uwagami eksperta EDUlab</source>
        <translation>Фільтр: лише дії із зауваженнями експерта EDUlab</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/actions_tab.py" line="51"/>
        <source>Wyczyść filtry</source>
        <translation>Очистити фільтри</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/actions_tab.py" line="61"/>
        <source>Lista działań planu</source>
        <translation>Список дій плану</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/actions_tab.py" line="77"/>
        <source>Liczba pokazanych działań</source>
        <translation>Кількість показаних дій</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/actions_tab.py" line="136"/>
        <location filename="../../edulab_app/ui/plan/actions_tab.py" line="139"/>
        <location filename="../../edulab_app/ui/plan/actions_tab.py" line="152"/>
        <location filename="../../edulab_app/ui/plan/actions_tab.py" line="155"/>
        <source>wszystkie</source>
        <translation>усі</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/actions_tab.py" line="140"/>
        <source>tylko szkolenia</source>
        <translation>лише навчання</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/actions_tab.py" line="147"/>
        <source>Obszar: %1</source>
        <translation>Сфера: %1</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/actions_tab.py" line="150"/>
        <source>Priorytet %1: %2</source>
        <translation>Пріоритет %1: %2</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/actions_tab.py" line="211"/>
        <source>Pokazano %1 z %2 działań.</source>
        <translation>Показано %1 з %2 дій.</translation>
    </message>
</context>
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
    <name>AreaScoreChart</name>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/report.py" line="74"/>
        <source>Wykres: zasoby i potrzeby w obszarach diagnozy</source>
        <translation>Діаграма: ресурси й потреби у сферах діагностики</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/report.py" line="79"/>
        <source>Zasoby (więcej = lepiej wyposażona szkoła)</source>
        <translation>Ресурси (більше = краще забезпечена школа)</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/report.py" line="80"/>
        <source>Potrzeby (więcej = pilniejsze)</source>
        <translation>Потреби (більше = нагальніше)</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/report.py" line="82"/>
        <source>Zasoby w roku %1</source>
        <translation>Ресурси за %1 рік</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/report.py" line="106"/>
        <source>%1. %2: zasoby %3, potrzeby %4</source>
        <translation>%1. %2: ресурси %3, потреби %4</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/report.py" line="109"/>
        <source> (zasoby rok wcześniej: %1)</source>
        <translation> (ресурси роком раніше: %1)</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/report.py" line="178"/>
        <source>brak danych</source>
        <translation>немає даних</translation>
    </message>
</context>
<context>
    <name>Areas</name>
    <message>
        <location filename="../../edulab_app/ui/areas.py" line="31"/>
        <source>Szkoła</source>
        <translation>Школа</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/areas.py" line="32"/>
        <source>Diagnoza i plan</source>
        <translation>Діагностика і план</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/areas.py" line="33"/>
        <source>Wsparcie (dane chronione)</source>
        <translation>Підтримка (захищені дані)</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/areas.py" line="34"/>
        <source>Bezpieczna i włączająca szkoła</source>
        <translation>Безпечна та інклюзивна школа</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/areas.py" line="40"/>
        <source>Profil szkoły</source>
        <translation>Профіль школи</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/areas.py" line="41"/>
        <source>Diagnoza</source>
        <translation>Діагностика</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/areas.py" line="42"/>
        <source>Wyniki diagnozy</source>
        <translation>Результати діагностики</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/areas.py" line="44"/>
        <source>Plan działania</source>
        <translation>План дій</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/areas.py" line="46"/>
        <source>Komitet powitalny</source>
        <translation>Вітальний комітет</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/areas.py" line="48"/>
        <source>Asystenci</source>
        <translation>Асистенти</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/areas.py" line="50"/>
        <source>Uczniowie</source>
        <translation>Учні</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/areas.py" line="52"/>
        <source>Opinie i orzeczenia</source>
        <translation>Висновки й рішення</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/areas.py" line="54"/>
        <source>Tydzień dla wszystkich</source>
        <translation>Тиждень для всіх</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/areas.py" line="56"/>
        <source>Bezpieczna szkoła</source>
        <translation>Безпечна школа</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/areas.py" line="58"/>
        <source>Zgłoszenia incydentów</source>
        <translation>Повідомлення про інциденти</translation>
    </message>
</context>
<context>
    <name>AssessmentsPage</name>
    <message>
        <location filename="../../edulab_app/ui/tracking/assessments_page.py" line="96"/>
        <source>Opinie i orzeczenia</source>
        <translation>Висновки й рішення</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assessments_page.py" line="99"/>
        <source>Opinie i orzeczenia poradni psychologiczno-pedagogicznej to dane o zdrowiu. Pliki PDF są przechowywane w postaci zaszyfrowanej; każde otwarcie odnotowuje dziennik dostępu. Przy orzeczeniu IPET trzeba opracować w ciągu 30 dni od doręczenia.</source>
        <translation>Висновки й рішення психолого-педагогічної консультації — це дані про здоров’я. Файли PDF зберігаються в зашифрованому вигляді; кожне відкриття фіксується в журналі доступу. У разі рішення IPET потрібно розробити протягом 30 днів від вручення.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assessments_page.py" line="104"/>
        <source>Opinie i orzeczenia widzą tylko dyrektor, koordynator i specjalista poradni.</source>
        <translation>Висновки й рішення бачать лише директор, координатор і фахівець консультації.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assessments_page.py" line="119"/>
        <source>Nr</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assessments_page.py" line="119"/>
        <location filename="../../edulab_app/ui/tracking/assessments_page.py" line="148"/>
        <source>Uczeń</source>
        <translation>Учень</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assessments_page.py" line="119"/>
        <source>Rodzaj</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assessments_page.py" line="119"/>
        <location filename="../../edulab_app/ui/tracking/assessments_page.py" line="154"/>
        <source>Poradnia</source>
        <translation>Консультація</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assessments_page.py" line="120"/>
        <source>Wydano</source>
        <translation>Видано</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assessments_page.py" line="120"/>
        <source>Doręczono</source>
        <translation>Вручено</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assessments_page.py" line="120"/>
        <source>IPET do</source>
        <translation>IPET до</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assessments_page.py" line="120"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assessments_page.py" line="121"/>
        <source>Lista opinii i orzeczeń</source>
        <translation>Список висновків і рішень</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assessments_page.py" line="126"/>
        <source>Terminy IPET po czasie</source>
        <translation>Прострочені терміни IPET</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assessments_page.py" line="128"/>
        <source>&amp;Otwórz PDF</source>
        <translation>&amp;Відкрити PDF</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assessments_page.py" line="130"/>
        <source>Usuń &amp;kopie tymczasowe</source>
        <translation>Видалити &amp;тимчасові копії</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assessments_page.py" line="131"/>
        <source>Usuń odszyfrowane kopie otwarte w przeglądarce PDF</source>
        <translation>Видалити розшифровані копії, відкриті в програмі перегляду PDF</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assessments_page.py" line="133"/>
        <source>&amp;IPET opracowany</source>
        <translation>&amp;IPET розроблено</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assessments_page.py" line="141"/>
        <source>Zalecenia wybranego dokumentu</source>
        <translation>Рекомендації вибраного документа</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assessments_page.py" line="145"/>
        <source>Dołącz opinię lub orzeczenie</source>
        <translation>Долучити висновок або рішення</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assessments_page.py" line="152"/>
        <source>Rodzaj dokumentu</source>
        <translation>Тип документа</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assessments_page.py" line="156"/>
        <source>Data wydania</source>
        <translation>Дата видачі</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assessments_page.py" line="158"/>
        <source>Data doręczenia</source>
        <translation>Дата вручення</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assessments_page.py" line="160"/>
        <source>Zalecenie</source>
        <translation>Рекомендація</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assessments_page.py" line="160"/>
        <source>Forma wsparcia</source>
        <translation>Форма підтримки</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assessments_page.py" line="165"/>
        <source>Zalecenia</source>
        <translation>Рекомендації</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assessments_page.py" line="168"/>
        <source>Dodaj &amp;zalecenie</source>
        <translation>Додати &amp;рекомендацію</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assessments_page.py" line="170"/>
        <source>Usuń zalecenie</source>
        <translation>Видалити рекомендацію</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assessments_page.py" line="176"/>
        <location filename="../../edulab_app/ui/tracking/assessments_page.py" line="281"/>
        <source>nie wybrano pliku</source>
        <translation>файл не вибрано</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assessments_page.py" line="177"/>
        <source>Wybrany plik PDF</source>
        <translation>Вибраний файл PDF</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assessments_page.py" line="178"/>
        <source>&amp;Wybierz plik PDF…</source>
        <translation>&amp;Вибрати файл PDF…</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assessments_page.py" line="182"/>
        <source>&amp;Dołącz</source>
        <translation>&amp;Долучити</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assessments_page.py" line="184"/>
        <source>&amp;Uczeń:</source>
        <translation>&amp;Учень:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assessments_page.py" line="185"/>
        <source>&amp;Rodzaj:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assessments_page.py" line="186"/>
        <source>&amp;Poradnia:</source>
        <translation>&amp;Консультація:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assessments_page.py" line="187"/>
        <source>Data &amp;wydania:</source>
        <translation>Дата &amp;видачі:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assessments_page.py" line="188"/>
        <source>Data &amp;doręczenia:</source>
        <translation>Дата &amp;вручення:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assessments_page.py" line="189"/>
        <source>Zalecenia:</source>
        <translation>Рекомендації:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assessments_page.py" line="191"/>
        <source>Plik:</source>
        <translation>Файл:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assessments_page.py" line="204"/>
        <source>(bez formy wsparcia)</source>
        <translation>(без форми підтримки)</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assessments_page.py" line="207"/>
        <source>Forma wsparcia zalecenia</source>
        <translation>Рекомендована форма підтримки</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assessments_page.py" line="233"/>
        <source> — po terminie</source>
        <translation> — прострочено</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assessments_page.py" line="234"/>
        <source> (opracowany)</source>
        <translation> (розроблено)</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assessments_page.py" line="236"/>
        <source>%1 str.</source>
        <translation>%1 стор.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assessments_page.py" line="236"/>
        <source>brak</source>
        <translation>немає</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assessments_page.py" line="240"/>
        <source>IPET po terminie: %1</source>
        <translation>IPET прострочено: %1</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assessments_page.py" line="261"/>
        <source>Wybierz dokument z listy, aby zobaczyć zalecenia.</source>
        <translation>Виберіть документ зі списку, щоб побачити рекомендації.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assessments_page.py" line="264"/>
        <source>&lt;b&gt;Zalecenia (%1, %2):&lt;/b&gt;</source>
        <translation>&lt;b&gt;Рекомендації (%1, %2):&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assessments_page.py" line="269"/>
        <source>(brak zaleceń)</source>
        <translation>(немає рекомендацій)</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assessments_page.py" line="274"/>
        <source>Wybierz plik PDF z opinią lub orzeczeniem</source>
        <translation>Виберіть файл PDF із висновком або рішенням</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assessments_page.py" line="275"/>
        <source>Dokument PDF (*.pdf)</source>
        <translation>Документ PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assessments_page.py" line="295"/>
        <source>Nie można odczytać pliku %1 (%2).</source>
        <translation>Не вдалося прочитати файл %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assessments_page.py" line="309"/>
        <source>Dołączono dokument nr %1 dla ucznia %2.</source>
        <translation>Долучено документ № %1 для учня %2.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assessments_page.py" line="311"/>
        <source> IPET do %1.</source>
        <translation> IPET до %1.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assessments_page.py" line="325"/>
        <source>Nie znaleziono programu do otwierania plików PDF.</source>
        <translation>Не знайдено програми для відкриття файлів PDF.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assessments_page.py" line="327"/>
        <source>Otwarto odszyfrowaną kopię w przeglądarce PDF. Kopia zostanie usunięta po zamknięciu tej strony lub programu (albo przyciskiem „Usuń kopie tymczasowe”).</source>
        <translation>Розшифровану копію відкрито в програмі перегляду PDF. Копію буде видалено після закриття цієї сторінки або програми (або кнопкою «Видалити тимчасові копії»).</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assessments_page.py" line="335"/>
        <source>Usunięto kopie tymczasowe: %1.</source>
        <translation>Видалено тимчасових копій: %1.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assessments_page.py" line="337"/>
        <source>%1 kopii jest wciąż otwartych w innym programie — zamknij go i spróbuj ponownie.</source>
        <translation>Копій, досі відкритих в іншій програмі: %1 — закрийте її та спробуйте ще раз.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assessments_page.py" line="347"/>
        <source>IPET opracowuje się tylko na podstawie orzeczenia.</source>
        <translation>IPET розробляють лише на підставі рішення.</translation>
    </message>
</context>
<context>
    <name>AssistantsPage</name>
    <message>
        <location filename="../../edulab_app/ui/tracking/assistants_page.py" line="45"/>
        <source>Asystenci</source>
        <translation>Асистенти</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assistants_page.py" line="48"/>
        <source>Asystenci uczniów z doświadczeniem migracji: pomoc nauczyciela władająca językiem ucznia (najwyżej 12 miesięcy na ucznia) albo asystent międzykulturowy (od 1 września 2024 r.).</source>
        <translation>Асистенти учнів з досвідом міграції: помічник вчителя, який володіє мовою учня (не більше 12 місяців на учня), або міжкультурний асистент (з 1 вересня 2024 р.).</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assistants_page.py" line="55"/>
        <source>Nr</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assistants_page.py" line="55"/>
        <source>Imię i nazwisko</source>
        <translation>Ім’я та прізвище</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assistants_page.py" line="55"/>
        <source>Podstawa</source>
        <translation>Підстава</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assistants_page.py" line="55"/>
        <source>Języki</source>
        <translation>Мови</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assistants_page.py" line="56"/>
        <source>Umowa</source>
        <translation>Договір</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assistants_page.py" line="56"/>
        <source>Godz./tydz.</source>
        <translation>Год/тиж.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assistants_page.py" line="56"/>
        <source>Uczniowie</source>
        <translation>Учні</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assistants_page.py" line="57"/>
        <source>Godz. z uczniami</source>
        <translation>Год з учнями</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assistants_page.py" line="57"/>
        <source>Finansowanie</source>
        <translation>Фінансування</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assistants_page.py" line="58"/>
        <source>Lista asystentów</source>
        <translation>Список асистентів</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assistants_page.py" line="61"/>
        <source>Asystent</source>
        <translation>Асистент</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assistants_page.py" line="64"/>
        <source>Imię i nazwisko asystenta</source>
        <translation>Ім’я та прізвище асистента</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assistants_page.py" line="68"/>
        <source>Podstawa zatrudnienia</source>
        <translation>Підстава працевлаштування</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assistants_page.py" line="70"/>
        <source>kody po przecinku, np. uk, ru, pl</source>
        <translation>коди через кому, напр. uk, ru, pl</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assistants_page.py" line="71"/>
        <source>Języki asystenta</source>
        <translation>Мови асистента</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assistants_page.py" line="73"/>
        <source>Umowa od</source>
        <translation>Договір від</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assistants_page.py" line="75"/>
        <source>Umowa do</source>
        <translation>Договір до</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assistants_page.py" line="79"/>
        <source>Godziny tygodniowo w umowie</source>
        <translation>Годин на тиждень за договором</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assistants_page.py" line="83"/>
        <source>Źródło finansowania</source>
        <translation>Джерело фінансування</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assistants_page.py" line="84"/>
        <source>&amp;Imię i nazwisko:</source>
        <translation>&amp;Ім’я та прізвище:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assistants_page.py" line="85"/>
        <source>&amp;Podstawa:</source>
        <translation>&amp;Підстава:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assistants_page.py" line="86"/>
        <source>&amp;Języki:</source>
        <translation>&amp;Мови:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assistants_page.py" line="87"/>
        <source>Umowa &amp;od:</source>
        <translation>Договір &amp;від:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assistants_page.py" line="88"/>
        <source>Umowa d&amp;o:</source>
        <translation>Договір &amp;до:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assistants_page.py" line="89"/>
        <source>&amp;Godziny tygodniowo:</source>
        <translation>&amp;Годин на тиждень:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assistants_page.py" line="90"/>
        <source>&amp;Finansowanie:</source>
        <translation>&amp;Фінансування:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assistants_page.py" line="92"/>
        <source>&amp;Nowy</source>
        <translation>&amp;Новий</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assistants_page.py" line="94"/>
        <source>&amp;Zapisz asystenta</source>
        <translation>&amp;Зберегти асистента</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assistants_page.py" line="101"/>
        <source>Uwagi:</source>
        <translation>Примітки:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assistants_page.py" line="102"/>
        <source>Uwagi dotyczące asystentów</source>
        <translation>Зауваження щодо асистентів</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assistants_page.py" line="122"/>
        <source>Zatrudnienie asystentów jest zgodne z regułami.</source>
        <translation>Працевлаштування асистентів відповідає правилам.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/assistants_page.py" line="170"/>
        <source>Zapisano asystenta %1.</source>
        <translation>Асистента %1 збережено.</translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <location filename="../../edulab_app/ui/account_dialogs.py" line="133"/>
        <source>Dziennik zdarzeń</source>
        <translation>Журнал подій</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/account_dialogs.py" line="136"/>
        <source>Każdy odczyt i każda zmiana danych chronionych (uczniowie, opinie i orzeczenia, konta) zostawia tu ślad. Wpisów nie można zmienić ani usunąć.</source>
        <translation>Кожне читання та кожна зміна захищених даних (учні, висновки й рішення, облікові записи) залишає тут слід. Записи не можна змінити чи видалити.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/account_dialogs.py" line="142"/>
        <source>użytkownik</source>
        <translation>користувач</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/account_dialogs.py" line="143"/>
        <source>Filtr: użytkownik</source>
        <translation>Фільтр: користувач</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/account_dialogs.py" line="145"/>
        <source>rekord, np. U-7K2QF9A1</source>
        <translation>запис, напр. U-7K2QF9A1</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/account_dialogs.py" line="146"/>
        <source>Filtr: rekord</source>
        <translation>Фільтр: запис</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/account_dialogs.py" line="147"/>
        <source>&amp;Pokaż</source>
        <translation>&amp;Показати</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/account_dialogs.py" line="149"/>
        <source>&amp;Sprawdź spójność dziennika</source>
        <translation>&amp;Перевірити цілісність журналу</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/account_dialogs.py" line="154"/>
        <source>Kiedy</source>
        <translation>Коли</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/account_dialogs.py" line="154"/>
        <source>Kto</source>
        <translation>Хто</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/account_dialogs.py" line="154"/>
        <source>Rola</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/account_dialogs.py" line="154"/>
        <source>Zdarzenie</source>
        <translation>Подія</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/account_dialogs.py" line="155"/>
        <source>Rodzaj rekordu</source>
        <translation>Тип запису</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/account_dialogs.py" line="155"/>
        <source>Rekord</source>
        <translation>Запис</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/account_dialogs.py" line="155"/>
        <source>Szczegóły</source>
        <translation>Подробиці</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/account_dialogs.py" line="156"/>
        <source>Wpisy dziennika zdarzeń</source>
        <translation>Записи журналу подій</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/account_dialogs.py" line="176"/>
        <source>Wpisów: %1</source>
        <translation>Записів: %1</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/account_dialogs.py" line="181"/>
        <source>Dziennik naruszony</source>
        <translation>Цілісність журналу порушено</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/account_dialogs.py" line="183"/>
        <source>Dziennik jest spójny: żaden wpis nie został zmieniony ani usunięty.</source>
        <translation>Журнал цілісний: жоден запис не було змінено чи видалено.</translation>
    </message>
</context>
<context>
    <name>CommentCard</name>
    <message>
        <location filename="../../edulab_app/ui/plan/review_comments.py" line="99"/>
        <source>Uwaga eksperta</source>
        <translation>Зауваження експерта</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/review_comments.py" line="103"/>
        <source>Odpowiedź szkoły… (Ctrl+Enter zapisuje)</source>
        <translation>Відповідь школи… (Ctrl+Enter — зберегти)</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/review_comments.py" line="104"/>
        <source>Odpowiedź na uwagę eksperta: %1</source>
        <translation>Відповідь на зауваження експерта: %1</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/review_comments.py" line="111"/>
        <source>Zapisz odpowiedź</source>
        <translation>Зберегти відповідь</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/review_comments.py" line="112"/>
        <source>Zapisz odpowiedź na uwagę: %1</source>
        <translation>Зберегти відповідь на зауваження: %1</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/review_comments.py" line="117"/>
        <source>Stan odpowiedzi</source>
        <translation>Стан відповіді</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/review_comments.py" line="123"/>
        <source>Błąd odpowiedzi</source>
        <translation>Помилка відповіді</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/review_comments.py" line="133"/>
        <source>Ekspert EDUlab</source>
        <translation>Експерт EDUlab</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/review_comments.py" line="142"/>
        <source>✓ Odpowiedź zapisana %1</source>
        <translation>✓ Відповідь збережено %1</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/review_comments.py" line="145"/>
        <source>Bez odpowiedzi</source>
        <translation>Без відповіді</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/review_comments.py" line="150"/>
        <source>Uwaga eksperta z %1, %2</source>
        <translation>Зауваження експерта від %1, %2</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/review_comments.py" line="151"/>
        <source>z odpowiedzią szkoły</source>
        <translation>з відповіддю школи</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/review_comments.py" line="152"/>
        <source>bez odpowiedzi</source>
        <translation>без відповіді</translation>
    </message>
</context>
<context>
    <name>CommitteePage</name>
    <message>
        <location filename="../../edulab_app/ui/tracking/committee_page.py" line="48"/>
        <source>Komitet powitalny</source>
        <translation>Вітальний комітет</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/committee_page.py" line="51"/>
        <source>Komitet powitalny włącza rodziny z doświadczeniem migracji w życie szkoły: nauczyciel, rodzice polscy i z doświadczeniem migracji, uczniowie-ambasadorzy, asystent.</source>
        <translation>Вітальний комітет залучає родини з досвідом міграції до життя школи: вчитель, польські батьки та батьки з досвідом міграції, учні-амбасадори, асистент.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/committee_page.py" line="59"/>
        <source>&amp;Rok szkolny:</source>
        <translation>&amp;Навчальний рік:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/committee_page.py" line="61"/>
        <source>Rok szkolny komitetu</source>
        <translation>Навчальний рік комітету</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/committee_page.py" line="70"/>
        <source>Zaległe kroki powitania</source>
        <translation>Прострочені кроки привітання</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/committee_page.py" line="77"/>
        <source>Członkowie</source>
        <translation>Члени</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/committee_page.py" line="79"/>
        <source>Imię i nazwisko</source>
        <translation>Ім’я та прізвище</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/committee_page.py" line="79"/>
        <source>Rola</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/committee_page.py" line="79"/>
        <source>Języki</source>
        <translation>Мови</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/committee_page.py" line="80"/>
        <source>Członkowie komitetu</source>
        <translation>Члени комітету</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/committee_page.py" line="86"/>
        <source>Rola nowego członka</source>
        <translation>Роль нового члена</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/committee_page.py" line="88"/>
        <source>imię i nazwisko</source>
        <translation>ім’я та прізвище</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/committee_page.py" line="89"/>
        <source>Imię i nazwisko nowego członka</source>
        <translation>Ім’я та прізвище нового члена</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/committee_page.py" line="91"/>
        <source>języki, np. uk, pl</source>
        <translation>мови, напр. uk, pl</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/committee_page.py" line="92"/>
        <source>Języki nowego członka</source>
        <translation>Мови нового члена</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/committee_page.py" line="93"/>
        <source>Dodaj &amp;członka</source>
        <translation>Додати &amp;члена</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/committee_page.py" line="100"/>
        <source>Spotkania</source>
        <translation>Зустрічі</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/committee_page.py" line="102"/>
        <source>Data</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/committee_page.py" line="102"/>
        <source>Temat</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/committee_page.py" line="102"/>
        <source>Notatki</source>
        <translation>Нотатки</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/committee_page.py" line="103"/>
        <source>Spotkania komitetu</source>
        <translation>Зустрічі комітету</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/committee_page.py" line="107"/>
        <source>Data spotkania</source>
        <translation>Дата зустрічі</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/committee_page.py" line="109"/>
        <source>temat</source>
        <translation>тема</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/committee_page.py" line="110"/>
        <source>Temat spotkania</source>
        <translation>Тема зустрічі</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/committee_page.py" line="112"/>
        <source>notatki (szyfrowane)</source>
        <translation>нотатки (зашифровані)</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/committee_page.py" line="113"/>
        <source>Notatki ze spotkania</source>
        <translation>Нотатки зі зустрічі</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/committee_page.py" line="114"/>
        <source>Zapisz &amp;spotkanie</source>
        <translation>Зберегти &amp;зустріч</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/committee_page.py" line="121"/>
        <location filename="../../edulab_app/ui/tracking/committee_page.py" line="125"/>
        <source>Rodziny przyjęte przez komitet</source>
        <translation>Родини, прийняті комітетом</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/committee_page.py" line="123"/>
        <source>Kod rodziny</source>
        <translation>Код родини</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/committee_page.py" line="123"/>
        <source>Język</source>
        <translation>Мова</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/committee_page.py" line="123"/>
        <source>Przyjazd</source>
        <translation>Приїзд</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/committee_page.py" line="124"/>
        <source>Wykonane kroki</source>
        <translation>Виконані кроки</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/committee_page.py" line="124"/>
        <source>Zaległe</source>
        <translation>Прострочені</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/committee_page.py" line="131"/>
        <source>język rodziny, np. uk</source>
        <translation>мова родини, напр. uk</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/committee_page.py" line="132"/>
        <source>Język rodziny</source>
        <translation>Мова родини</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/committee_page.py" line="134"/>
        <source>Data przyjazdu rodziny</source>
        <translation>Дата приїзду родини</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/committee_page.py" line="135"/>
        <source>Przyjmij &amp;rodzinę</source>
        <translation>Прийняти &amp;родину</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/committee_page.py" line="143"/>
        <source>Lista kroków wybranej rodziny</source>
        <translation>Список кроків вибраної родини</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/committee_page.py" line="146"/>
        <source>Kroki powitania rodziny (zaznacz wykonane)</source>
        <translation>Кроки привітання родини (позначте виконані)</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/committee_page.py" line="149"/>
        <source>Zaznaczenie kroku zapisuje go jako wykonany dzisiaj.</source>
        <translation>Позначений крок зберігається як виконаний сьогодні.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/committee_page.py" line="183"/>
        <source>Zaległe kroki: %1</source>
        <translation>Прострочені кроки: %1</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/committee_page.py" line="200"/>
        <source>wykonano %1</source>
        <translation>виконано %1</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/committee_page.py" line="201"/>
        <source>termin %1</source>
        <translation>термін %1</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/committee_page.py" line="208"/>
        <source>(zaległy)</source>
        <translation>(прострочено)</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/committee_page.py" line="233"/>
        <source>Dodano członka komitetu.</source>
        <translation>Члена комітету додано.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/committee_page.py" line="248"/>
        <source>Zapisano spotkanie.</source>
        <translation>Зустріч збережено.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/committee_page.py" line="262"/>
        <source>Przyjęto rodzinę %1; lista kroków ma terminy od daty przyjazdu.</source>
        <translation>Родину %1 прийнято; терміни у списку кроків відраховано від дати приїзду.</translation>
    </message>
</context>
<context>
    <name>CostsTab</name>
    <message>
        <location filename="../../edulab_app/ui/plan/costs_tab.py" line="55"/>
        <source>Koszty planowane: rok × kategoria × źródło</source>
        <translation>Заплановані витрати: рік × категорія × джерело</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/costs_tab.py" line="57"/>
        <location filename="../../edulab_app/ui/plan/costs_tab.py" line="142"/>
        <source>Kategoria</source>
        <translation>Категорія</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/costs_tab.py" line="57"/>
        <location filename="../../edulab_app/ui/plan/costs_tab.py" line="142"/>
        <source>Źródło finansowania</source>
        <translation>Джерело фінансування</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/costs_tab.py" line="58"/>
        <source>Koszty według lat, kategorii i źródeł</source>
        <translation>Витрати за роками, категоріями та джерелами</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/costs_tab.py" line="61"/>
        <source>Koszty według lat i kategorii</source>
        <translation>Витрати за роками та категоріями</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/costs_tab.py" line="63"/>
        <source>Wykres kosztów według lat i kategorii</source>
        <translation>Діаграма витрат за роками та категоріями</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/costs_tab.py" line="73"/>
        <source>Limity budżetu (wpisz kwotę w kolumnie „Limit”, puste pole — bez limitu)</source>
        <translation>Ліміти бюджету (введіть суму в стовпці «Ліміт», порожнє поле — без ліміту)</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/costs_tab.py" line="77"/>
        <source>Rok szkolny</source>
        <translation>Навчальний рік</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/costs_tab.py" line="77"/>
        <source>Źródło</source>
        <translation>Джерело</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/costs_tab.py" line="77"/>
        <source>Planowano</source>
        <translation>Заплановано</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/costs_tab.py" line="78"/>
        <source>Limit</source>
        <translation>Ліміт</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/costs_tab.py" line="78"/>
        <source>Zapas</source>
        <translation>Запас</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/costs_tab.py" line="79"/>
        <source>Limity budżetu według lat i źródeł</source>
        <translation>Ліміти бюджету за роками та джерелами</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/costs_tab.py" line="89"/>
        <source>Stawki szkoły (zmieniają koszty przy następnym utworzeniu planu)</source>
        <translation>Ставки школи (змінюють витрати під час наступного створення плану)</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/costs_tab.py" line="92"/>
        <source>Stawka</source>
        <translation>Ставка</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/costs_tab.py" line="92"/>
        <source>Referencyjna</source>
        <translation>Довідкова</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/costs_tab.py" line="92"/>
        <source>Szkoły</source>
        <translation>Школи</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/costs_tab.py" line="93"/>
        <source>Stawki referencyjne i stawki szkoły</source>
        <translation>Довідкові ставки та ставки школи</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/costs_tab.py" line="134"/>
        <source>Brak planu.</source>
        <translation>Немає плану.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/costs_tab.py" line="142"/>
        <location filename="../../edulab_app/ui/plan/costs_tab.py" line="156"/>
        <source>Razem</source>
        <translation>Разом</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/costs_tab.py" line="143"/>
        <source>Poniesiono</source>
        <translation>Витрачено</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/costs_tab.py" line="161"/>
        <source>Plan nie ma kosztów.</source>
        <translation>План не має витрат.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/costs_tab.py" line="190"/>
        <source>Limit w zł; usuń tekst, aby zdjąć limit.</source>
        <translation>Ліміт у zł; видаліть текст, щоб зняти ліміт.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/costs_tab.py" line="197"/>
        <source>przekroczono o %1</source>
        <translation>перевищено на %1</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/costs_tab.py" line="216"/>
        <source>„Limit”: %1 nie jest kwotą (np. 25000 lub 25 000,50).</source>
        <translation>«Ліміт»: %1 не є сумою (напр. 25000 або 25 000,50).</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/costs_tab.py" line="225"/>
        <source>Limit budżetu %1, %2</source>
        <translation>Ліміт бюджету %1, %2</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/costs_tab.py" line="233"/>
        <source>Nie zapisano — %1</source>
        <translation>Не збережено — %1</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/costs_tab.py" line="249"/>
        <source>Godzina ponadwymiarowa nauczyciela (wyliczana z płacy)</source>
        <translation>Понаднормова година вчителя (розраховується із зарплати)</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/costs_tab.py" line="290"/>
        <source>Stawka szkoły: %1</source>
        <translation>Ставка школи: %1</translation>
    </message>
</context>
<context>
    <name>DiagnosisPage</name>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/page.py" line="143"/>
        <source>Rok &amp;diagnozy:</source>
        <translation>Рік &amp;діагностики:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/page.py" line="145"/>
        <source>Wybór diagnozy (rok szkolny)</source>
        <translation>Вибір діагностики (навчальний рік)</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/page.py" line="150"/>
        <source>Stan diagnozy</source>
        <translation>Стан діагностики</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/page.py" line="151"/>
        <source>&amp;Nowa diagnoza…</source>
        <translation>&amp;Нова діагностика…</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/page.py" line="152"/>
        <source>Nowa diagnoza</source>
        <translation>Нова діагностика</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/page.py" line="154"/>
        <source>&amp;Zakończ diagnozę</source>
        <translation>&amp;Завершити діагностику</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/page.py" line="155"/>
        <source>Zakończ diagnozę</source>
        <translation>Завершити діагностику</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/page.py" line="156"/>
        <source>Sprawdza, czy są wszystkie wymagane odpowiedzi, i zamyka diagnozę (potem jest tylko do odczytu).</source>
        <translation>Перевіряє, чи є всі обов’язкові відповіді, і закриває діагностику (після цього вона лише для читання).</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/page.py" line="159"/>
        <source>Otwórz do &amp;edycji</source>
        <translation>Відкрити для &amp;редагування</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/page.py" line="160"/>
        <source>Otwórz do edycji</source>
        <translation>Відкрити для редагування</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/page.py" line="162"/>
        <source>Zobacz &amp;wyniki</source>
        <translation>Переглянути &amp;результати</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/page.py" line="163"/>
        <source>Zobacz wyniki diagnozy</source>
        <translation>Переглянути результати діагностики</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/page.py" line="182"/>
        <source>Diagnoza tylko do odczytu</source>
        <translation>Діагностика лише для читання</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/page.py" line="190"/>
        <source>Informacja</source>
        <translation>Інформація</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/page.py" line="192"/>
        <source>Ukryj</source>
        <translation>Сховати</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/page.py" line="193"/>
        <source>Ukryj informację</source>
        <translation>Сховати інформацію</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/page.py" line="202"/>
        <source>Sekcje diagnozy</source>
        <translation>Розділи діагностики</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/page.py" line="209"/>
        <source>Pytania sekcji</source>
        <translation>Питання розділу</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/page.py" line="225"/>
        <source>Stan zapisu</source>
        <translation>Стан збереження</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/page.py" line="228"/>
        <source>Postęp diagnozy</source>
        <translation>Хід діагностики</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/page.py" line="229"/>
        <source>◀ P&amp;oprzednia sekcja</source>
        <translation>◀ П&amp;опередній розділ</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/page.py" line="230"/>
        <source>Poprzednia sekcja</source>
        <translation>Попередній розділ</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/page.py" line="231"/>
        <source>Ctrl+PgUp</source>
        <translation>Ctrl+PgUp</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/page.py" line="233"/>
        <source>N&amp;astępna sekcja ▶</source>
        <translation>&amp;Наступний розділ ▶</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/page.py" line="234"/>
        <source>Następna sekcja</source>
        <translation>Наступний розділ</translation>
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
        <translation>завершена</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/page.py" line="269"/>
        <location filename="../../edulab_app/ui/diagnosis/page.py" line="316"/>
        <source>w trakcie</source>
        <translation>у процесі</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/page.py" line="270"/>
        <source>Rok %1 — %2</source>
        <translation>Рік %1 — %2</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/page.py" line="325"/>
        <source>&lt;b&gt;Tylko do odczytu.&lt;/b&gt; Diagnoza za rok %1 jest zakończona. Odpowiedzi można przeglądać, ale nie zmieniać. Aby coś poprawić, kliknij „Otwórz do edycji”.</source>
        <translation>&lt;b&gt;Лише для читання.&lt;/b&gt; Діагностику за %1 рік завершено. Відповіді можна переглядати, але не змінювати. Щоб щось виправити, натисніть «Відкрити для редагування».</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/page.py" line="328"/>
        <source>Diagnoza za rok szkolny %1, formularz w wersji %2.</source>
        <translation>Діагностика за навчальний рік %1, версія форми %2.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/page.py" line="333"/>
        <source>Zaczęła się od odpowiedzi z roku %1 — sprawdźcie, czy są nadal aktualne.</source>
        <translation>Її розпочато з відповідей за %1 рік — перевірте, чи вони досі актуальні.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/page.py" line="409"/>
        <source>Nie zapisano poprawionej wartości w polu %1 — została poprzednia odpowiedź.</source>
        <translation>Виправлене значення в полі %1 не збережено — залишилася попередня відповідь.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/page.py" line="534"/>
        <source>Czego brakuje? (%1)</source>
        <translation>Чого бракує? (%1)</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/page.py" line="535"/>
        <source>Czego brakuje? — nic ✓</source>
        <translation>Чого бракує? — нічого ✓</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/page.py" line="547"/>
        <source>brak wymaganych: %1</source>
        <translation>бракує обов’язкових: %1</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/page.py" line="553"/>
        <location filename="../../edulab_app/ui/diagnosis/page.py" line="561"/>
        <source>Odpowiedzi: %1 z %2</source>
        <translation>Відповіді: %1 з %2</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/page.py" line="554"/>
        <source>ukończona</source>
        <translation>завершена</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/page.py" line="554"/>
        <source>odpowiedzi %1 z %2</source>
        <translation>відповіді %1 з %2</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/page.py" line="557"/>
        <source>Sekcja %1: %2, %3</source>
        <translation>Розділ %1: %2, %3</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/page.py" line="569"/>
        <source>⚠ Nie zapisano: %1 — popraw wartość zaznaczoną na czerwono.</source>
        <translation>⚠ Не збережено: %1 — виправте значення, позначене червоним.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/page.py" line="572"/>
        <source>Diagnoza zakończona — tylko do odczytu.</source>
        <translation>Діагностику завершено — лише для читання.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/page.py" line="575"/>
        <source>✓ Wszystkie odpowiedzi zapisane</source>
        <translation>✓ Усі відповіді збережено</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/page.py" line="577"/>
        <source>(ostatnio o %1)</source>
        <translation>(востаннє о %1)</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/page.py" line="612"/>
        <source>Rozpoczęto diagnozę za rok %1.</source>
        <translation>Розпочато діагностику за %1 рік.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/page.py" line="615"/>
        <source>Przeniesiono %1 odpowiedzi z diagnozy za rok %2 — przejrzyjcie je i zmieńcie to, co się zmieniło.</source>
        <translation>Перенесено відповідей із діагностики за %2 рік: %1 — перегляньте їх і змініть те, що змінилося.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/page.py" line="627"/>
        <source>Nie przeniesiono %1 odpowiedzi (pytanie lub możliwe odpowiedzi się zmieniły) — odpowiedzcie na nie ponownie: %2.</source>
        <translation>Не перенесено відповідей: %1 (змінилося питання або можливі відповіді) — дайте відповідь на них знову: %2.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/page.py" line="631"/>
        <source>Przeniesiono wszystkie odpowiedzi.</source>
        <translation>Усі відповіді перенесено.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/page.py" line="649"/>
        <source>Wszystkie pobliskie lata szkolne mają już diagnozę.</source>
        <translation>Усі найближчі навчальні роки вже мають діагностику.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/page.py" line="674"/>
        <source>Diagnoza za rok %1 jest zakończona. Wyniki, mocne strony i priorytety są w obszarze „Wyniki diagnozy”.</source>
        <translation>Діагностику за %1 рік завершено. Результати, сильні сторони та пріоритети — у розділі «Результати діагностики».</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/page.py" line="687"/>
        <source>Diagnozę otwarto do edycji. Gdy skończycie poprawki, zakończcie ją ponownie.</source>
        <translation>Діагностику відкрито для редагування. Коли завершите виправлення, завершіть її знову.</translation>
    </message>
</context>
<context>
    <name>DiagnosisRenderer</name>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/renderer.py" line="105"/>
        <source>od %1 do %2</source>
        <translation>з %1 до %2</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/renderer.py" line="108"/>
        <source>co najmniej %1</source>
        <translation>щонайменше %1</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/renderer.py" line="110"/>
        <source>najwyżej %1</source>
        <translation>не більше %1</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/renderer.py" line="189"/>
        <source>Błąd w odpowiedzi</source>
        <translation>Помилка у відповіді</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/renderer.py" line="193"/>
        <source>Stan zapisu odpowiedzi</source>
        <translation>Стан збереження відповідей</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/renderer.py" line="199"/>
        <source>Pytanie wymagane.</source>
        <translation>Обов’язкове питання.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/renderer.py" line="250"/>
        <source>✓ zapisano %1</source>
        <translation>✓ збережено %1</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/renderer.py" line="253"/>
        <source>Odpowiedź zapisana %1</source>
        <translation>Відповідь збережено %1</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/renderer.py" line="259"/>
        <source>nie zapisano</source>
        <translation>не збережено</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/renderer.py" line="334"/>
        <location filename="../../edulab_app/ui/diagnosis/renderer.py" line="611"/>
        <source>— wybierz —</source>
        <translation>— виберіть —</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/renderer.py" line="366"/>
        <source>Wyczyść odpowiedź</source>
        <translation>Очистити відповідь</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/renderer.py" line="368"/>
        <source>Wyczyść odpowiedź: %1</source>
        <translation>Очистити відповідь: %1</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/renderer.py" line="422"/>
        <source>Tej odpowiedzi nie łączy się z innymi.</source>
        <translation>Цю відповідь не можна поєднувати з іншими.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/renderer.py" line="498"/>
        <source>Liczba całkowita</source>
        <translation>Ціле число</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/renderer.py" line="500"/>
        <source>Liczba (ułamek po przecinku, np. 2,5)</source>
        <translation>Число (дробова частина після коми, напр. 2,5)</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/renderer.py" line="514"/>
        <source>dd.mm.rrrr</source>
        <translation>дд.мм.рррр</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/renderer.py" line="518"/>
        <source>np. 05.09.2025</source>
        <translation>напр. 05.09.2025</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/renderer.py" line="552"/>
        <source>%1 z %2 znaków</source>
        <translation>%1 з %2 символів</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/renderer.py" line="608"/>
        <source>wiersz %1</source>
        <translation>рядок %1</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/renderer.py" line="683"/>
        <source>Dodaj wiersz</source>
        <translation>Додати рядок</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/renderer.py" line="684"/>
        <source>Dodaj wiersz: %1</source>
        <translation>Додати рядок: %1</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/renderer.py" line="687"/>
        <source>Usuń wiersz</source>
        <translation>Видалити рядок</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/renderer.py" line="689"/>
        <source>Usuń zaznaczony wiersz: %1</source>
        <translation>Видалити вибраний рядок: %1</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/renderer.py" line="704"/>
        <source>Wpisz wartość w komórce (Enter zatwierdza); strzałki przechodzą między komórkami, Tab opuszcza tabelę. Kolumny z * są wymagane.</source>
        <translation>Введіть значення в клітинку (Enter підтверджує); стрілки переміщують між клітинками, Tab виходить із таблиці. Стовпці з * обов’язкові.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/renderer.py" line="786"/>
        <source>wiersz %1: uzupełnij %2</source>
        <translation>рядок %1: заповніть %2</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/renderer.py" line="791"/>
        <source>Niezapisane</source>
        <translation>Не збережено</translation>
    </message>
</context>
<context>
    <name>DiagnosisReportPage</name>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/report.py" line="236"/>
        <source>&amp;Rok diagnozy:</source>
        <translation>&amp;Рік діагностики:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/report.py" line="238"/>
        <source>Rok szkolny diagnozy w raporcie</source>
        <translation>Навчальний рік діагностики у звіті</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/report.py" line="242"/>
        <source>&amp;Odśwież</source>
        <translation>&amp;Оновити</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/report.py" line="243"/>
        <source>Odśwież wyniki</source>
        <translation>Оновити результати</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/report.py" line="259"/>
        <source>Podsumowanie</source>
        <translation>Підсумок</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/report.py" line="265"/>
        <source>Ostrzeżenie o brakujących odpowiedziach</source>
        <translation>Попередження про відсутні відповіді</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/report.py" line="267"/>
        <source>Wyniki obszarów (0–100)</source>
        <translation>Результати за сферами (0–100)</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/report.py" line="270"/>
        <source>Te same liczby w tabeli</source>
        <translation>Ті самі дані в таблиці</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/report.py" line="272"/>
        <source>Tabela wyników obszarów</source>
        <translation>Таблиця результатів за сферами</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/report.py" line="280"/>
        <location filename="../../edulab_app/ui/diagnosis/report.py" line="281"/>
        <source>Mocne strony</source>
        <translation>Сильні сторони</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/report.py" line="283"/>
        <source>Priorytety (w kolejności ważności)</source>
        <translation>Пріоритети (за важливістю)</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/report.py" line="285"/>
        <source>Priorytety z uzasadnieniem</source>
        <translation>Пріоритети з обґрунтуванням</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/report.py" line="291"/>
        <source>Postęp w porównaniu z poprzednią diagnozą</source>
        <translation>Поступ порівняно з попередньою діагностикою</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/report.py" line="293"/>
        <source>Porównanie z poprzednią diagnozą</source>
        <translation>Порівняння з попередньою діагностикою</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/report.py" line="295"/>
        <source>Uwagi</source>
        <translation>Зауваження</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/report.py" line="297"/>
        <source>Uwagi do wyników</source>
        <translation>Зауваження до результатів</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/report.py" line="311"/>
        <location filename="../../edulab_app/ui/diagnosis/report.py" line="345"/>
        <source>zakończona</source>
        <translation>завершена</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/report.py" line="311"/>
        <source>w trakcie</source>
        <translation>у процесі</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/report.py" line="312"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/report.py" line="318"/>
        <source>Szkoła nie ma jeszcze diagnozy. Rozpocznij ją w obszarze „Diagnoza” — wyniki pojawią się tutaj, gdy tylko będą pierwsze odpowiedzi.</source>
        <translation>Школа ще не має діагностики. Розпочніть її в розділі «Діагностика» — результати з’являться тут, щойно будуть перші відповіді.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/report.py" line="345"/>
        <source>w trakcie — wyniki mogą się zmienić</source>
        <translation>триває — результати можуть змінитися</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/report.py" line="346"/>
        <source>Diagnoza za rok szkolny &lt;b&gt;%1&lt;/b&gt; (%2).</source>
        <translation>Діагностика за навчальний рік &lt;b&gt;%1&lt;/b&gt; (%2).</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/report.py" line="349"/>
        <source>Porównanie z diagnozą za rok %1.</source>
        <translation>Порівняння з діагностикою за %1 рік.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/report.py" line="351"/>
        <source>Zasoby: co szkoła już ma (100 = w pełni). Potrzeby: jak pilne są potrzeby (100 = bardzo pilne). Duża przewaga potrzeb nad zasobami wskazuje priorytet.</source>
        <translation>Ресурси: що школа вже має (100 = повністю). Потреби: наскільки вони нагальні (100 = дуже нагальні). Значна перевага потреб над ресурсами вказує на пріоритет.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/report.py" line="355"/>
        <source>⚠ Diagnoza nie jest kompletna: brakuje %1 wymaganych odpowiedzi. Wyniki mogą się jeszcze zmienić — uzupełnij je w obszarze „Diagnoza” (Czego brakuje?).</source>
        <translation>⚠ Діагностика неповна: бракує обов’язкових відповідей: %1. Результати ще можуть змінитися — доповніть їх у розділі «Діагностика» (Чого бракує?).</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/report.py" line="374"/>
        <source>zasoby %1/100</source>
        <translation>ресурси %1/100</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/report.py" line="378"/>
        <source>Żaden obszar nie ma jeszcze zasobów na poziomie %1/100 lub wyższym.</source>
        <translation>Жодна сфера ще не має ресурсів на рівні %1/100 або вище.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/report.py" line="388"/>
        <source>Priorytet %1</source>
        <translation>Пріоритет %1</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/report.py" line="396"/>
        <source>Priorytety</source>
        <translation>Пріоритети</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/report.py" line="397"/>
        <source>Diagnoza nie wskazuje priorytetów.</source>
        <translation>Діагностика не визначає пріоритетів.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/report.py" line="411"/>
        <source>pilne — wymóg lub poważna luka</source>
        <translation>нагально — вимога або серйозна прогалина</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/report.py" line="412"/>
        <source>potrzeby przewyższają zasoby</source>
        <translation>потреби перевищують ресурси</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/report.py" line="413"/>
        <source>niskie zasoby</source>
        <translation>низькі ресурси</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/report.py" line="437"/>
        <source>Od roku %1 zasoby wzrosły w obszarach: %2 z %4; spadły: %3 z %4.</source>
        <translation>З %1 року ресурси зросли у сферах: %2 з %4; знизилися: %3 з %4.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/report.py" line="442"/>
        <source>Największy postęp: %1.</source>
        <translation>Найбільший поступ: %1.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/report.py" line="453"/>
        <source>Zmiany w poszczególnych obszarach są w tabeli powyżej.</source>
        <translation>Зміни в окремих сферах — у таблиці вище.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/report.py" line="458"/>
        <source>Obszar</source>
        <translation>Сфера</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/report.py" line="458"/>
        <source>Zasoby</source>
        <translation>Ресурси</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/report.py" line="458"/>
        <source>Potrzeby</source>
        <translation>Потреби</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/report.py" line="458"/>
        <source>Potrzeby
− zasoby</source>
        <translation>Потреби
− ресурси</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/report.py" line="459"/>
        <source>Odpowiedzi
„nie wiem”</source>
        <translation>Відповіді
«не знаю»</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/report.py" line="461"/>
        <source>Zasoby
%1</source>
        <translation>Ресурси
%1</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/report.py" line="461"/>
        <source>Zmiana
zasobów</source>
        <translation>Зміна
ресурсів</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/report.py" line="462"/>
        <source>Zmiana
potrzeb</source>
        <translation>Зміна
потреб</translation>
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
    <name>DocumentsPage</name>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="53"/>
        <source>Bezpieczna szkoła</source>
        <translation>Безпечна школа</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/week_page.py" line="61"/>
        <source>Tydzień dla wszystkich</source>
        <translation>Тиждень для всіх</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/incidents_page.py" line="88"/>
        <source>Zgłoszenia incydentów</source>
        <translation>Повідомлення про інциденти</translation>
    </message>
</context>
<context>
    <name>ExpertComments</name>
    <message>
        <location filename="../../edulab_app/ui/plan/review_comments.py" line="188"/>
        <source>Brak uwag.</source>
        <translation>Немає зауважень.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/review_comments.py" line="216"/>
        <source>Do działania „%1”, którego nie ma już w planie</source>
        <translation>До дії «%1», якої вже немає в плані</translation>
    </message>
</context>
<context>
    <name>ExpertWindow</name>
    <message>
        <location filename="../../edulab_app/ui/expert/workspace.py" line="72"/>
        <source>EDUlab — przestrzeń robocza eksperta</source>
        <translation>EDUlab — робочий простір експерта</translation>
    </message>
</context>
<context>
    <name>ExpertWorkspace</name>
    <message>
        <location filename="../../edulab_app/ui/expert/workspace.py" line="17"/>
        <source>Przestrzeń eksperta EDUlab</source>
        <translation>Простір експерта EDUlab</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/workspace.py" line="26"/>
        <source>Części przestrzeni eksperta</source>
        <translation>Частини простору експерта</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/workspace.py" line="30"/>
        <source>&amp;Szkoły</source>
        <translation>&amp;Школи</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/workspace.py" line="31"/>
        <source>P&amp;rzegląd szkoły</source>
        <translation>&amp;Розгляд школи</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/workspace.py" line="32"/>
        <source>Re&amp;gion</source>
        <translation>Ре&amp;гіон</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <location filename="../../edulab_app/ui/export_actions.py" line="25"/>
        <source>Plan działania do &amp;PDF…</source>
        <translation>План дій у &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/export_actions.py" line="25"/>
        <location filename="../../edulab_app/ui/export_actions.py" line="31"/>
        <location filename="../../edulab_app/ui/export_actions.py" line="33"/>
        <source>Dokument PDF (*.pdf)</source>
        <translation>Документ PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/export_actions.py" line="26"/>
        <source>Plan działania do arkusza &amp;XLSX…</source>
        <translation>План дій у таблицю &amp;XLSX…</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/export_actions.py" line="27"/>
        <source>Arkusz Excel (*.xlsx)</source>
        <translation>Таблиця Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/export_actions.py" line="28"/>
        <source>Pakiet dla &amp;EDUlab (.edulab)…</source>
        <translation>Пакет для &amp;EDUlab (.edulab)…</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/export_actions.py" line="29"/>
        <source>Pakiet EDUlab (*.edulab)</source>
        <translation>Пакет EDUlab (*.edulab)</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/export_actions.py" line="30"/>
        <source>Diagnoza z &amp;odpowiedziami (PDF)…</source>
        <translation>Діагностика з &amp;відповідями (PDF)…</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/export_actions.py" line="32"/>
        <source>Pusty &amp;formularz diagnozy do wydruku (PDF)…</source>
        <translation>Порожня &amp;форма діагностики для друку (PDF)…</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/export_actions.py" line="44"/>
        <source>Wybierz pakiety lub pliki uwag</source>
        <translation>Виберіть пакети або файли зауважень</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/export_actions.py" line="45"/>
        <source>Pliki EDUlab (*.edulab *.edulab-review)</source>
        <translation>Файли EDUlab (*.edulab *.edulab-review)</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/export_actions.py" line="67"/>
        <location filename="../../edulab_app/ui/export_actions.py" line="84"/>
        <source>Import</source>
        <translation>Імпорт</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/export_actions.py" line="74"/>
        <source>Zastąpić dane szkoły?</source>
        <translation>Замінити дані школи?</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/export_actions.py" line="75"/>
        <source>Szkoły z tych pakietów już są w programie:
%1

Zastąpić ich diagnozę, kadrę i plan danymi z pakietów? Uczniowie, komitet i zgłoszenia zostaną bez zmian.</source>
        <translation>Школи з цих пакетів уже є в програмі:
%1

Замінити їхню діагностику, персонал і план даними з пакетів? Учні, комітет і повідомлення залишаться без змін.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/export_actions.py" line="99"/>
        <source>Zapisz eksport</source>
        <translation>Зберегти експорт</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/export_actions.py" line="109"/>
        <source>Przygotowywanie pliku…</source>
        <translation>Підготовка файлу…</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/export_actions.py" line="117"/>
        <source>Eksport</source>
        <translation>Експорт</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/export_actions.py" line="123"/>
        <location filename="../../edulab_app/ui/export_actions.py" line="126"/>
        <source>Zapisano</source>
        <translation>Збережено</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/export_actions.py" line="124"/>
        <source>Zapisano pakiet: %1
Prześlij go do Pomorskiego EDUlab.</source>
        <translation>Пакет збережено: %1
Надішліть його до Поморського EDUlab.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/export_actions.py" line="127"/>
        <source>Zapisano plik: %1
Otworzyć go teraz?</source>
        <translation>Файл збережено: %1
Відкрити його зараз?</translation>
    </message>
</context>
<context>
    <name>FindingsTab</name>
    <message>
        <location filename="../../edulab_app/ui/plan/findings_tab.py" line="45"/>
        <source>Liczba uwag</source>
        <translation>Кількість зауважень</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/findings_tab.py" line="48"/>
        <source>Pokaż uwagi o wadze</source>
        <translation>Показати зауваження за вагою</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/findings_tab.py" line="49"/>
        <source>błędy i uwagi</source>
        <translation>помилки й зауваження</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/findings_tab.py" line="50"/>
        <source>wszystkie, także informacje</source>
        <translation>усі, також інформація</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/findings_tab.py" line="51"/>
        <source>tylko błędy</source>
        <translation>лише помилки</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/findings_tab.py" line="53"/>
        <source>&amp;Pokaż:</source>
        <translation>&amp;Показати:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/findings_tab.py" line="58"/>
        <source>Kliknij uwagę (albo wybierz ją strzałkami i naciśnij Enter), aby przejść do miejsca, które trzeba poprawić. Uwagę, którą szkoła rozważyła, można przyjąć — zniknie z listy.</source>
        <translation>Натисніть зауваження (або виберіть його стрілками й натисніть Enter), щоб перейти до місця, яке треба виправити. Зауваження, яке школа розглянула, можна прийняти — воно зникне зі списку.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/findings_tab.py" line="64"/>
        <source>Waga</source>
        <translation>Вага</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/findings_tab.py" line="64"/>
        <source>Treść</source>
        <translation>Зміст</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/findings_tab.py" line="64"/>
        <source>Działanie</source>
        <translation>Дія</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/findings_tab.py" line="65"/>
        <source>Uwagi z kontroli planu</source>
        <translation>Зауваження з перевірки плану</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/findings_tab.py" line="85"/>
        <source>Przejdź do &amp;miejsca</source>
        <translation>Перейти до &amp;місця</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/findings_tab.py" line="88"/>
        <source>Przyjmij zaznaczoną &amp;uwagę</source>
        <translation>Прийняти вибране &amp;зауваження</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/findings_tab.py" line="123"/>
        <source>cały plan</source>
        <translation>увесь план</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/findings_tab.py" line="129"/>
        <source>Przyjmij</source>
        <translation>Прийняти</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/findings_tab.py" line="130"/>
        <source>Szkoła rozważyła tę uwagę — nie pokazuj jej więcej</source>
        <translation>Школа розглянула це зауваження — більше його не показувати</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/findings_tab.py" line="131"/>
        <source>Przyjmij uwagę: %1</source>
        <translation>Прийняти зауваження: %1</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/findings_tab.py" line="141"/>
        <source>Błędy: %1 · uwagi: %2 · informacje: %3</source>
        <translation>Помилки: %1 · зауваження: %2 · інформація: %3</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/findings_tab.py" line="182"/>
        <source>Przyjęcie uwagi: %1</source>
        <translation>Прийняття зауваження: %1</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <location filename="../../edulab_app/ui/tracking/login.py" line="169"/>
        <source>EDUlab — pierwsze uruchomienie</source>
        <translation>EDUlab — перший запуск</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/login.py" line="170"/>
        <source>Pierwsze uruchomienie</source>
        <translation>Перший запуск</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/login.py" line="178"/>
        <source>Utwórz konto dyrektora szkoły. Dyrektor zakłada potem konta koordynatora, nauczycieli i specjalistów poradni. Dane uczniów są szyfrowane kluczem, do którego dostęp daje tylko hasło konta albo klucz odzyskiwania.</source>
        <translation>Створіть обліковий запис директора школи. Потім директор створює облікові записи координатора, вчителів і фахівців консультації. Дані учнів шифруються ключем, доступ до якого дає лише пароль облікового запису або ключ відновлення.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/login.py" line="185"/>
        <source>np. anna.nowak</source>
        <translation>напр. anna.nowak</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/login.py" line="186"/>
        <source>Nazwa użytkownika</source>
        <translation>Ім’я користувача</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/login.py" line="188"/>
        <source>Imię i nazwisko dyrektora</source>
        <translation>Ім’я та прізвище директора</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/login.py" line="189"/>
        <source>Hasło</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/login.py" line="190"/>
        <source>Powtórz hasło</source>
        <translation>Повторіть пароль</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/login.py" line="191"/>
        <source>&amp;Nazwa użytkownika:</source>
        <translation>&amp;Ім’я користувача:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/login.py" line="192"/>
        <source>&amp;Imię i nazwisko:</source>
        <translation>&amp;Ім’я та прізвище:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/login.py" line="193"/>
        <source>&amp;Hasło:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/login.py" line="194"/>
        <source>&amp;Powtórz hasło:</source>
        <translation>&amp;Повторіть пароль:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/login.py" line="198"/>
        <source>&amp;Utwórz konto</source>
        <translation>&amp;Створити обліковий запис</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/login.py" line="206"/>
        <source>&lt;b&gt;Klucz odzyskiwania&lt;/b&gt; — zapisz go teraz na papierze i przechowuj w sejfie szkoły. Program pokazuje go tylko raz i nigdzie go nie zapisuje. Bez hasła dyrektora i bez tego klucza danych uczniów nie da się odczytać.</source>
        <translation>&lt;b&gt;Ключ відновлення&lt;/b&gt; — запишіть його зараз на папері та зберігайте в сейфі школи. Програма показує його лише один раз і ніде не зберігає. Без пароля директора і без цього ключа дані учнів прочитати неможливо.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/login.py" line="221"/>
        <source>Klucz odzyskiwania</source>
        <translation>Ключ відновлення</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/login.py" line="223"/>
        <source>&amp;Kopiuj do schowka</source>
        <translation>&amp;Копіювати в буфер обміну</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/login.py" line="226"/>
        <source>&amp;Zapisałem(-am) klucz odzyskiwania w bezpiecznym miejscu</source>
        <translation>&amp;Я зберіг(-ла) ключ відновлення в безпечному місці</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/login.py" line="227"/>
        <source>Potwierdzenie zapisania klucza odzyskiwania</source>
        <translation>Підтвердження збереження ключа відновлення</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/login.py" line="229"/>
        <source>&amp;Zakończ</source>
        <translation>&amp;Завершити</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/login.py" line="239"/>
        <source>Hasła się różnią.</source>
        <translation>Паролі не збігаються.</translation>
    </message>
</context>
<context>
    <name>ImportResultsDialog</name>
    <message>
        <location filename="../../edulab_app/ui/expert/schools_tab.py" line="154"/>
        <location filename="../../edulab_app/ui/expert/schools_tab.py" line="155"/>
        <source>Wynik wczytywania pakietów</source>
        <translation>Результат завантаження пакетів</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/schools_tab.py" line="157"/>
        <source>Wczytano pakietów: %1; zastąpionych starszych wersji: %2; pominiętych (już wczytane): %3; błędnych: %4.</source>
        <translation>Завантажено пакетів: %1; замінено старіших версій: %2; пропущено (уже завантажені): %3; помилкових: %4.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/schools_tab.py" line="162"/>
        <source>Wczytywanie przerwano — pakiety wczytane do tej chwili zostały zapisane.</source>
        <translation>Завантаження перервано — пакети, завантажені до цього моменту, збережено.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/schools_tab.py" line="165"/>
        <source>Podsumowanie wczytywania</source>
        <translation>Підсумок завантаження</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/schools_tab.py" line="169"/>
        <source>Plik</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/schools_tab.py" line="169"/>
        <source>Powód</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/schools_tab.py" line="170"/>
        <source>Pliki niewczytane i powody</source>
        <translation>Незавантажені файли та причини</translation>
    </message>
</context>
<context>
    <name>IncidentsPage</name>
    <message>
        <location filename="../../edulab_app/ui/documents/incidents_page.py" line="102"/>
        <source>Rejestr zgłoszeń według regulaminu „Bezpieczna szkoła”. Osoby zapisuj pseudonimami, nie imionami i nazwiskami; opis i wynik są zaszyfrowane, a każdy odczyt trafia do dziennika dostępu.</source>
        <translation>Реєстр повідомлень відповідно до положення «Безпечна школа». Записуйте осіб псевдонімами, а не іменами та прізвищами; опис і результат зашифровано, а кожен перегляд фіксується в журналі доступу.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/incidents_page.py" line="111"/>
        <source>Komunikat</source>
        <translation>Повідомлення</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/incidents_page.py" line="122"/>
        <source>&amp;Zaloguj się…</source>
        <translation>&amp;Увійти…</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/incidents_page.py" line="123"/>
        <source>Zaloguj się, aby zobaczyć rejestr zgłoszeń</source>
        <translation>Увійдіть, щоб побачити реєстр повідомлень</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/incidents_page.py" line="155"/>
        <source>Rejestr zgłoszeń jest chroniony jak dane uczniów. Zaloguj się, aby go zobaczyć. Statystyki powyżej nie zawierają danych osobowych.</source>
        <translation>Реєстр повідомлень захищено так само, як дані учнів. Увійдіть, щоб його побачити. Статистика вище не містить особистих даних.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/incidents_page.py" line="160"/>
        <source>Twoja rola nie pozwala korzystać z rejestru zgłoszeń. Rejestr prowadzą dyrektor i koordynator; nauczyciel może wpisać zgłoszenie.</source>
        <translation>Ваша роль не дозволяє користуватися реєстром повідомлень. Реєстр ведуть директор і координатор; вчитель може внести повідомлення.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/incidents_page.py" line="176"/>
        <source>Sesja jest zablokowana — zaloguj się ponownie.</source>
        <translation>Сеанс заблоковано — увійдіть знову.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/incidents_page.py" line="185"/>
        <source>Statystyki roku szkolnego (bez danych osobowych)</source>
        <translation>Статистика навчального року (без особистих даних)</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/incidents_page.py" line="187"/>
        <source>&amp;Rok:</source>
        <translation>&amp;Рік:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/incidents_page.py" line="189"/>
        <source>Rok szkolny statystyk</source>
        <translation>Навчальний рік статистики</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/incidents_page.py" line="196"/>
        <source>Statystyki zgłoszeń</source>
        <translation>Статистика повідомлень</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/incidents_page.py" line="204"/>
        <source>&amp;Nowe zgłoszenie</source>
        <translation>&amp;Нове повідомлення</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/incidents_page.py" line="211"/>
        <source>Nr</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/incidents_page.py" line="211"/>
        <source>Zgłoszono</source>
        <translation>Повідомлено</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/incidents_page.py" line="211"/>
        <source>Stan</source>
        <translation>Стан</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/incidents_page.py" line="211"/>
        <source>Zaległe kroki</source>
        <translation>Прострочені кроки</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/incidents_page.py" line="212"/>
        <source>Motyw</source>
        <translation>Мотив</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/incidents_page.py" line="212"/>
        <source>Zgłoszenia</source>
        <translation>Повідомлення</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/incidents_page.py" line="212"/>
        <source>Następny termin</source>
        <translation>Наступний термін</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/incidents_page.py" line="227"/>
        <location filename="../../edulab_app/ui/documents/incidents_page.py" line="395"/>
        <source>Wybierz zgłoszenie z listy.</source>
        <translation>Виберіть повідомлення зі списку.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/incidents_page.py" line="229"/>
        <source>Zgłoszenie</source>
        <translation>Повідомлення</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/incidents_page.py" line="232"/>
        <source>Krok</source>
        <translation>Крок</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/incidents_page.py" line="232"/>
        <source>Termin</source>
        <translation>Термін</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/incidents_page.py" line="232"/>
        <source>Wykonano</source>
        <translation>Виконано</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/incidents_page.py" line="232"/>
        <source>Odpowiada</source>
        <translation>Відповідає</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/incidents_page.py" line="233"/>
        <source>Kroki procedury</source>
        <translation>Кроки процедури</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/incidents_page.py" line="240"/>
        <source>nowa osoba odpowiedzialna za krok (opcjonalnie)</source>
        <translation>нова особа, відповідальна за крок (необов’язково)</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/incidents_page.py" line="241"/>
        <source>Osoba odpowiedzialna za zaznaczony krok</source>
        <translation>Особа, відповідальна за вибраний крок</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/incidents_page.py" line="243"/>
        <source>Oznacz krok jako &amp;wykonany</source>
        <translation>Позначити крок як &amp;виконаний</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/incidents_page.py" line="245"/>
        <source>&amp;Cofnij</source>
        <translation>&amp;Скасувати</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/incidents_page.py" line="246"/>
        <source>Cofnij oznaczenie kroku jako wykonanego</source>
        <translation>Скасувати позначку про виконання кроку</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/incidents_page.py" line="251"/>
        <source>Zamknięcie sprawy</source>
        <translation>Закриття справи</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/incidents_page.py" line="254"/>
        <source>Wynik sprawy</source>
        <translation>Результат справи</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/incidents_page.py" line="255"/>
        <source>Jak zakończyła się sprawa: ustalenia, działania, wsparcie.</source>
        <translation>Чим завершилася справа: встановлені факти, дії, підтримка.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/incidents_page.py" line="258"/>
        <source>&amp;Zamknij zgłoszenie</source>
        <translation>&amp;Закрити повідомлення</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/incidents_page.py" line="265"/>
        <source>Nowe zgłoszenie</source>
        <translation>Нове повідомлення</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/incidents_page.py" line="270"/>
        <source>Data zgłoszenia</source>
        <translation>Дата повідомлення</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/incidents_page.py" line="271"/>
        <source>&amp;Data zgłoszenia:</source>
        <translation>&amp;Дата повідомлення:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/incidents_page.py" line="276"/>
        <source>Kto zgłasza</source>
        <translation>Хто повідомляє</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/incidents_page.py" line="277"/>
        <source>&amp;Kto zgłasza:</source>
        <translation>&amp;Хто повідомляє:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/incidents_page.py" line="279"/>
        <source>Motyw (zaznacz jeden lub więcej)</source>
        <translation>Мотив (позначте один або кілька)</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/incidents_page.py" line="287"/>
        <source>&amp;Motyw:</source>
        <translation>&amp;Мотив:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/incidents_page.py" line="289"/>
        <source>Opis zdarzenia</source>
        <translation>Опис події</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/incidents_page.py" line="290"/>
        <source>Co się stało, gdzie, kiedy — bez imion i nazwisk uczniów.</source>
        <translation>Що сталося, де, коли — без імен і прізвищ учнів.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/incidents_page.py" line="292"/>
        <source>&amp;Opis:</source>
        <translation>&amp;Опис:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/incidents_page.py" line="294"/>
        <source>Osoby, których dotyczy (pseudonimy)</source>
        <translation>Особи, яких це стосується (псевдоніми)</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/incidents_page.py" line="295"/>
        <source>pseudonimy po przecinku, np. U-7K2M9QXA, Uczeń B</source>
        <translation>псевдоніми через кому, напр. U-7K2M9QXA, Учень B</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/incidents_page.py" line="296"/>
        <source>&amp;Osoby (pseudonimy):</source>
        <translation>&amp;Особи (псевдоніми):</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/incidents_page.py" line="299"/>
        <source>Osoba odpowiedzialna</source>
        <translation>Відповідальна особа</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/incidents_page.py" line="300"/>
        <source>Osoba &amp;odpowiedzialna:</source>
        <translation>&amp;Відповідальна особа:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/incidents_page.py" line="302"/>
        <source>&amp;Zapisz zgłoszenie</source>
        <translation>З&amp;берегти повідомлення</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/incidents_page.py" line="304"/>
        <source>&amp;Anuluj</source>
        <translation>&amp;Скасувати</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/incidents_page.py" line="330"/>
        <source>Zgłoszenia: %1; zamknięte: %2; otwarte z zaległym krokiem: %3.</source>
        <translation>Повідомлень: %1; закритих: %2; відкритих із простроченим кроком: %3.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/incidents_page.py" line="334"/>
        <source>Motywy: %1.</source>
        <translation>Мотиви: %1.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/incidents_page.py" line="336"/>
        <source>Czas do zamknięcia: mediana %1 dni, średnio %2 dni.</source>
        <translation>Час до закриття: медіана — %1 дн., у середньому — %2 дн.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/incidents_page.py" line="396"/>
        <source>Rejestr nie zawiera zgłoszeń z tego roku.</source>
        <translation>Реєстр не містить повідомлень за цей рік.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/incidents_page.py" line="417"/>
        <source>ZALEGŁY</source>
        <translation>ПРОСТРОЧЕНО</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/incidents_page.py" line="471"/>
        <source>Zapisano zgłoszenie nr %1.</source>
        <translation>Повідомлення № %1 збережено.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/incidents_page.py" line="499"/>
        <source>Nie zamknięto — popraw:</source>
        <translation>Не закрито — виправте:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/incidents_page.py" line="504"/>
        <source>Zamknięto zgłoszenie nr %1.</source>
        <translation>Повідомлення № %1 закрито.</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <location filename="../../edulab_app/ui/tracking/login.py" line="120"/>
        <source>EDUlab — sesja zablokowana</source>
        <translation>EDUlab — сеанс заблоковано</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/login.py" line="121"/>
        <source>Sesja zablokowana</source>
        <translation>Сеанс заблоковано</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/login.py" line="124"/>
        <source>Sesja użytkownika %1 została zablokowana po okresie bezczynności. Wpisz hasło, aby kontynuować.</source>
        <translation>Сеанс користувача %1 заблоковано після періоду бездіяльності. Введіть пароль, щоб продовжити.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/login.py" line="129"/>
        <source>Hasło</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/login.py" line="130"/>
        <source>&amp;Hasło:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/login.py" line="135"/>
        <source>&amp;Odblokuj</source>
        <translation>&amp;Розблокувати</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/login.py" line="137"/>
        <source>&amp;Wyloguj</source>
        <translation>&amp;Вийти</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../edulab_app/ui/tracking/login.py" line="72"/>
        <source>EDUlab — logowanie</source>
        <translation>EDUlab — вхід</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/login.py" line="73"/>
        <source>Logowanie</source>
        <translation>Вхід</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/login.py" line="76"/>
        <source>Dane uczniów, asystentów i komitetu powitalnego są chronione. Zaloguj się swoim kontem.</source>
        <translation>Дані учнів, асистентів і вітального комітету захищені. Увійдіть у свій обліковий запис.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/login.py" line="82"/>
        <source>Nazwa użytkownika</source>
        <translation>Ім’я користувача</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/login.py" line="83"/>
        <source>Hasło</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/login.py" line="84"/>
        <source>&amp;Użytkownik:</source>
        <translation>&amp;Користувач:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/login.py" line="85"/>
        <source>&amp;Hasło:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/login.py" line="90"/>
        <source>&amp;Anuluj</source>
        <translation>&amp;Скасувати</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/login.py" line="91"/>
        <source>&amp;Zaloguj</source>
        <translation>&amp;Увійти</translation>
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
        <location filename="../../edulab_app/ui/main_window.py" line="81"/>
        <source>Dane: %1</source>
        <translation>Дані: %1</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/main_window.py" line="83"/>
        <source>Zalogowany użytkownik</source>
        <translation>Користувач у системі</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/main_window.py" line="90"/>
        <source>&amp;Plik</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/main_window.py" line="91"/>
        <source>&amp;Nowa szkoła…</source>
        <translation>&amp;Нова школа…</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/main_window.py" line="92"/>
        <source>Szkoła &amp;demonstracyjna</source>
        <translation>&amp;Демонстраційна школа</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/main_window.py" line="97"/>
        <source>&amp;Eksport</source>
        <translation>&amp;Експорт</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/main_window.py" line="99"/>
        <source>&amp;Importuj pakiet lub uwagi eksperta…</source>
        <translation>&amp;Імпортувати пакет або зауваження експерта…</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/main_window.py" line="102"/>
        <source>Przestrzeń robocza &amp;eksperta EDUlab…</source>
        <translation>Робочий простір &amp;експерта EDUlab…</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/main_window.py" line="105"/>
        <source>Utwórz &amp;kopię zapasową</source>
        <translation>Створити &amp;резервну копію</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/main_window.py" line="106"/>
        <source>&amp;Przywróć z kopii zapasowej…</source>
        <translation>&amp;Відновити з резервної копії…</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/main_window.py" line="108"/>
        <source>&amp;Zakończ</source>
        <translation>&amp;Вийти</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/main_window.py" line="109"/>
        <source>&amp;Konto</source>
        <translation>&amp;Обліковий запис</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/main_window.py" line="110"/>
        <source>&amp;Zaloguj się…</source>
        <translation>&amp;Увійти…</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/main_window.py" line="111"/>
        <source>Za&amp;blokuj teraz</source>
        <translation>За&amp;блокувати зараз</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/main_window.py" line="112"/>
        <source>&amp;Wyloguj</source>
        <translation>&amp;Вийти</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/main_window.py" line="114"/>
        <source>&amp;Konta użytkowników…</source>
        <translation>&amp;Облікові записи…</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/main_window.py" line="115"/>
        <source>&amp;Dziennik zdarzeń…</source>
        <translation>&amp;Журнал подій…</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/main_window.py" line="116"/>
        <source>Pomo&amp;c</source>
        <translation>&amp;Довідка</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/main_window.py" line="117"/>
        <source>Otwórz &amp;folder danych</source>
        <translation>Відкрити &amp;теку даних</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/main_window.py" line="118"/>
        <source>&amp;O programie</source>
        <translation>&amp;Про програму</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/main_window.py" line="234"/>
        <source>Konto szkoły demonstracyjnej</source>
        <translation>Обліковий запис демонстраційної школи</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/main_window.py" line="235"/>
        <source>Utworzono konto dyrektora szkoły demonstracyjnej i zalogowano Cię.

Użytkownik: %1
Hasło: %2

Zapisz hasło teraz — program nie pokaże go ponownie.</source>
        <translation>Обліковий запис директора демонстраційної школи створено, і ви увійшли в систему.

Користувач: %1
Пароль: %2

Запишіть пароль зараз — програма більше його не покаже.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/main_window.py" line="244"/>
        <source>Otwarto szkołę demonstracyjną.</source>
        <translation>Відкрито демонстраційну школу.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/main_window.py" line="246"/>
        <source>Fikcyjnych uczniów dodaje się po zalogowaniu (dyrektor lub koordynator).</source>
        <translation>Вигаданих учнів додають після входу (директор або координатор).</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/main_window.py" line="291"/>
        <source>Nie zalogowano</source>
        <translation>Вхід не виконано</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/main_window.py" line="293"/>
        <source>%1 — zablokowano</source>
        <translation>%1 — заблоковано</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/main_window.py" line="295"/>
        <source>Zalogowano: %1 (%2)</source>
        <translation>Ви увійшли як: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/main_window.py" line="322"/>
        <source>Tę część programu otwiera tylko dyrektor szkoły.</source>
        <translation>Цю частину програми відкриває лише директор школи.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/main_window.py" line="347"/>
        <source>Kopię zapasową zapisano: %1</source>
        <translation>Резервну копію збережено: %1</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/main_window.py" line="351"/>
        <source>Wybierz kopię zapasową</source>
        <translation>Виберіть резервну копію</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/main_window.py" line="351"/>
        <source>Kopie bazy (*.sqlite3)</source>
        <translation>Копії бази (*.sqlite3)</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/main_window.py" line="355"/>
        <source>Przywrócić kopię?</source>
        <translation>Відновити копію?</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/main_window.py" line="356"/>
        <source>Obecne dane zostaną zastąpione danymi z kopii. Przed zmianą program zachowa ich kopię. Kontynuować?</source>
        <translation>Поточні дані буде замінено даними з копії. Перед цим програма збереже їхню копію. Продовжити?</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/main_window.py" line="367"/>
        <source>Przywrócono dane z kopii.</source>
        <translation>Дані відновлено з копії.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/main_window.py" line="369"/>
        <source>Poprzednie dane zachowano: %1</source>
        <translation>Попередні дані збережено: %1</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/main_window.py" line="370"/>
        <source>Przywrócono</source>
        <translation>Відновлено</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/main_window.py" line="377"/>
        <source>O programie</source>
        <translation>Про програму</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/main_window.py" line="378"/>
        <source>&lt;b&gt;EDUlab — Szkoła włączająca krok po kroku&lt;/b&gt;&lt;br&gt;wersja %1&lt;br&gt;&lt;br&gt;Narzędzie Pomorskiego EDUlab dla szkół uczących dzieci z doświadczeniem migracji.&lt;br&gt;&lt;br&gt;Folder danych: %2</source>
        <translation>&lt;b&gt;EDUlab — Інклюзивна школа крок за кроком&lt;/b&gt;&lt;br&gt;версія %1&lt;br&gt;&lt;br&gt;Інструмент Поморського EDUlab для шкіл, що навчають дітей з досвідом міграції.&lt;br&gt;&lt;br&gt;Тека даних: %2</translation>
    </message>
</context>
<context>
    <name>MissingView</name>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/section.py" line="127"/>
        <source>Lista brakujących odpowiedzi z odnośnikami do pytań</source>
        <translation>Список відсутніх відповідей із посиланнями на питання</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/section.py" line="159"/>
        <source>✓ Na wszystkie wymagane pytania są odpowiedzi i żadna odpowiedź nie wymaga poprawy. Diagnozę można zakończyć.</source>
        <translation>✓ На всі обов’язкові питання є відповіді, і жодна відповідь не потребує виправлення. Діагностику можна завершити.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/section.py" line="163"/>
        <source>Nie można jeszcze zakończyć diagnozy.</source>
        <translation>Діагностику ще не можна завершити.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/section.py" line="164"/>
        <source>Do uzupełnienia lub poprawy: %1. Kliknij pytanie (albo przejdź do niego klawiszem Tab i naciśnij Enter), aby do niego przejść.</source>
        <translation>Заповнити або виправити: %1. Натисніть питання (або перейдіть до нього клавішею Tab і натисніть Enter), щоб перейти до нього.</translation>
    </message>
</context>
<context>
    <name>NewDiagnosisDialog</name>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/page.py" line="66"/>
        <source>Nowa diagnoza</source>
        <translation>Нова діагностика</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/page.py" line="72"/>
        <source>Rok szkolny nowej diagnozy</source>
        <translation>Навчальний рік нової діагностики</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/page.py" line="73"/>
        <source>Rok &amp;szkolny:</source>
        <translation>&amp;Навчальний рік:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/page.py" line="77"/>
        <source>&amp;Zacznij od odpowiedzi z poprzedniej diagnozy (%1)</source>
        <translation>&amp;Почати з відповідей попередньої діагностики (%1)</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/page.py" line="81"/>
        <source>Zacznij od odpowiedzi z poprzedniej diagnozy (brak wcześniejszej)</source>
        <translation>Почати з відповідей попередньої діагностики (попередньої немає)</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/page.py" line="83"/>
        <source>Przenieś odpowiedzi z poprzedniej diagnozy</source>
        <translation>Перенести відповіді з попередньої діагностики</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/page.py" line="85"/>
        <source>Przeniesione odpowiedzi warto przejrzeć i zmienić to, co zmieniło się w szkole przez ten rok. Pytania, których nie da się przenieść, program wymieni po rozpoczęciu.</source>
        <translation>Перенесені відповіді варто переглянути й змінити те, що змінилося в школі за цей рік. Питання, які не вдасться перенести, програма перелічить після початку.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/page.py" line="92"/>
        <source>Rozpocznij</source>
        <translation>Почати</translation>
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
    <name>OverviewTab</name>
    <message>
        <location filename="../../edulab_app/ui/plan/overview_tab.py" line="72"/>
        <source>Podsumowanie planu</source>
        <translation>Підсумок плану</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/overview_tab.py" line="78"/>
        <source>Wynik kontroli planu</source>
        <translation>Результат перевірки плану</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/overview_tab.py" line="80"/>
        <source>Pokaż &amp;uwagi</source>
        <translation>Показати &amp;зауваження</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/overview_tab.py" line="86"/>
        <source>Lata szkolne</source>
        <translation>Навчальні роки</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/overview_tab.py" line="88"/>
        <source>Rok szkolny</source>
        <translation>Навчальний рік</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/overview_tab.py" line="88"/>
        <location filename="../../edulab_app/ui/plan/overview_tab.py" line="101"/>
        <source>Działania</source>
        <translation>Дії</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/overview_tab.py" line="88"/>
        <source>Koszt planowany</source>
        <translation>Запланована вартість</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/overview_tab.py" line="89"/>
        <source>Poniesiono</source>
        <translation>Витрачено</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/overview_tab.py" line="89"/>
        <source>Działania i koszty według lat</source>
        <translation>Дії та витрати за роками</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/overview_tab.py" line="92"/>
        <source>Teraz i w najbliższych dwóch miesiącach:</source>
        <translation>Зараз і в найближчі два місяці:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/overview_tab.py" line="93"/>
        <source>Działanie</source>
        <translation>Дія</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/overview_tab.py" line="93"/>
        <source>Termin</source>
        <translation>Термін</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/overview_tab.py" line="93"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/overview_tab.py" line="94"/>
        <source>Działania trwające i najbliższe</source>
        <translation>Поточні та найближчі дії</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/overview_tab.py" line="99"/>
        <source>Priorytety diagnozy i działania</source>
        <translation>Пріоритети діагностики та дії</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/overview_tab.py" line="101"/>
        <source>Priorytet</source>
        <translation>Пріоритет</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/overview_tab.py" line="101"/>
        <source>Obszar</source>
        <translation>Сфера</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/overview_tab.py" line="102"/>
        <source>Koszt</source>
        <translation>Вартість</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/overview_tab.py" line="102"/>
        <source>Działania według priorytetów</source>
        <translation>Дії за пріоритетами</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/overview_tab.py" line="114"/>
        <source>Utworzenie planu z diagnozy</source>
        <translation>Створення плану на основі діагностики</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/overview_tab.py" line="117"/>
        <source>Pierwszy rok szkolny planu</source>
        <translation>Перший навчальний рік плану</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/overview_tab.py" line="118"/>
        <source>&amp;Pierwszy rok:</source>
        <translation>&amp;Перший рік:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/overview_tab.py" line="125"/>
        <source>Liczba lat szkolnych planu</source>
        <translation>Кількість навчальних років плану</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/overview_tab.py" line="126"/>
        <source>&amp;Lata:</source>
        <translation>&amp;Років:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/overview_tab.py" line="151"/>
        <source>&lt;h3&gt;Szkoła nie ma jeszcze planu działania&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;У школи ще немає плану дій&lt;/h3&gt;</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/overview_tab.py" line="153"/>
        <source>Plan powstaje z priorytetów diagnozy, profilu szkoły i jej kadry. Wybierz pierwszy rok i liczbę lat, a potem „Utwórz plan”. Każde działanie można potem zmienić.</source>
        <translation>План створюється на основі пріоритетів діагностики, профілю школи та її персоналу. Виберіть перший рік і кількість років, а потім натисніть «Створити план». Кожну дію згодом можна змінити.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/overview_tab.py" line="156"/>
        <source>Plan wynika z priorytetów diagnozy — najpierw wypełnij diagnozę szkoły.</source>
        <translation>План випливає з пріоритетів діагностики — спочатку заповніть діагностику школи.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/overview_tab.py" line="168"/>
        <source>&lt;h3&gt;Plan działania na lata %1&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;План дій на роки %1&lt;/h3&gt;</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/overview_tab.py" line="170"/>
        <source>Działania: &lt;b&gt;%1&lt;/b&gt; (w tym szkolenia: %2), zrealizowane: %3. Kadra w planie: %4 osób. Koszt całego planu: &lt;b&gt;%5&lt;/b&gt;.</source>
        <translation>Дії: &lt;b&gt;%1&lt;/b&gt; (зокрема навчання: %2), виконано: %3. Персонал у плані: %4 осіб. Вартість усього плану: &lt;b&gt;%5&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/overview_tab.py" line="175"/>
        <source>Plan utworzono %1 z diagnozy za rok %2 (priorytetów: %3).</source>
        <translation>План створено %1 на основі діагностики за %2 рік (пріоритетів: %3).</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/overview_tab.py" line="194"/>
        <source>Utwórz plan &amp;od nowa…</source>
        <translation>Створити план &amp;заново…</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/overview_tab.py" line="195"/>
        <source>Nowy plan zastąpi obecny razem z zapisaną realizacją.</source>
        <translation>Новий план замінить поточний разом зі збереженою реалізацією.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/overview_tab.py" line="197"/>
        <source>&amp;Utwórz plan</source>
        <translation>&amp;Створити план</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/overview_tab.py" line="209"/>
        <source>Razem</source>
        <translation>Разом</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/overview_tab.py" line="269"/>
        <source>&lt;b style=&apos;color:%4&apos;&gt;Kontrola planu:&lt;/b&gt; błędy: %1, uwagi: %2, informacje: %3</source>
        <translation>&lt;b style=&apos;color:%4&apos;&gt;Перевірка плану:&lt;/b&gt; помилки: %1, зауваження: %2, інформація: %3</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/overview_tab.py" line="280"/>
        <source>Utworzyć plan od nowa?</source>
        <translation>Створити план заново?</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/overview_tab.py" line="281"/>
        <source>Obecny plan (%1 działań) razem z zapisaną realizacją, zmianami i historią cofania zostanie zastąpiony nowym planem na lata od %2 (lat: %3). Tego nie można cofnąć. Kontynuować?</source>
        <translation>Поточний план (дій: %1) разом зі збереженою реалізацією, змінами та історією скасувань буде замінено новим планом на роки від %2 (років: %3). Це неможливо скасувати. Продовжити?</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <location filename="../../edulab_app/ui/plan/page.py" line="26"/>
        <source>Plan działania</source>
        <translation>План дій</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/page.py" line="37"/>
        <source>Stan zapisu</source>
        <translation>Стан збереження</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/page.py" line="40"/>
        <source>Cofnij</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/page.py" line="42"/>
        <source>Ponów</source>
        <translation>Повторити</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/page.py" line="45"/>
        <source>Cofnij zmianę (Ctrl+Z)</source>
        <translation>Скасувати зміну (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/page.py" line="46"/>
        <source>Ponów zmianę (Ctrl+Shift+Z)</source>
        <translation>Повторити зміну (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/page.py" line="60"/>
        <source>Części planu</source>
        <translation>Частини плану</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/page.py" line="68"/>
        <source>&amp;Przegląd</source>
        <translation>&amp;Огляд</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/page.py" line="68"/>
        <source>&amp;Działania</source>
        <translation>&amp;Дії</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/page.py" line="69"/>
        <source>&amp;Harmonogram</source>
        <translation>&amp;Графік</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/page.py" line="69"/>
        <source>&amp;Koszty</source>
        <translation>&amp;Витрати</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/page.py" line="70"/>
        <source>K&amp;adra</source>
        <translation>Пе&amp;рсонал</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/page.py" line="70"/>
        <location filename="../../edulab_app/ui/plan/page.py" line="99"/>
        <source>&amp;Uwagi</source>
        <translation>&amp;Зауваження</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/page.py" line="71"/>
        <source>&amp;Realizacja</source>
        <translation>&amp;Реалізація</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/page.py" line="87"/>
        <source>Zmiany zapisują się od razu.</source>
        <translation>Зміни зберігаються одразу.</translation>
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
        <translation>Учні</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="76"/>
        <source>Uczniowie z doświadczeniem migracji: minimalne dane, formy wsparcia i ich zgodność z przepisami. Na liście widać tylko kody (pseudonimy); imię i nazwisko pokazuje karta ucznia. Każde otwarcie danych odnotowuje dziennik dostępu.</source>
        <translation>Учні з досвідом міграції: мінімальні дані, форми підтримки та їх відповідність нормативним вимогам. У списку видно лише коди (псевдоніми); ім’я та прізвище показує картка учня. Кожне відкриття даних фіксується в журналі доступу.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="91"/>
        <source>Szukaj: kod, klasa, kraj…</source>
        <translation>Пошук: код, клас, країна…</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="92"/>
        <source>Filtr listy uczniów</source>
        <translation>Фільтр списку учнів</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="95"/>
        <source>Kod</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="95"/>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="140"/>
        <source>Klasa</source>
        <translation>Клас</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="95"/>
        <source>Kraj</source>
        <translation>Країна</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="95"/>
        <source>Polski</source>
        <translation>Польська</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="96"/>
        <source>Podstawa</source>
        <translation>Підстава</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="96"/>
        <source>Lista uczniów</source>
        <translation>Список учнів</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="102"/>
        <source>&amp;Nowy uczeń</source>
        <translation>&amp;Новий учень</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="105"/>
        <source>&amp;Wydaj dane…</source>
        <translation>&amp;Видати дані…</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="106"/>
        <source>Wszystkie dane ucznia do pliku (wniosek o dostęp do danych)</source>
        <translation>Усі дані учня у файл (запит на доступ до даних)</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="109"/>
        <source>&amp;Usuń dane…</source>
        <translation>&amp;Видалити дані…</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="110"/>
        <source>Nieodwracalnie usuń ucznia, jego formy wsparcia, opinie i pliki</source>
        <translation>Безповоротно видалити учня, його форми підтримки, висновки та файли</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="116"/>
        <source>Podsumowanie uwag dla szkoły</source>
        <translation>Підсумок зауважень для школи</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="120"/>
        <source>Karta ucznia</source>
        <translation>Картка учня</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="121"/>
        <source>&amp;Dane ucznia</source>
        <translation>&amp;Дані учня</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="122"/>
        <source>&amp;Formy wsparcia</source>
        <translation>&amp;Форми підтримки</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="123"/>
        <source>&amp;Podsumowanie i uwagi</source>
        <translation>&amp;Підсумок і зауваження</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="134"/>
        <source>Kod ucznia</source>
        <translation>Код учня</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="137"/>
        <source>Imię i nazwisko</source>
        <translation>Ім’я та прізвище</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="139"/>
        <source>np. 4b, OP 1-3</source>
        <translation>напр. 4b, OP 1-3</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="142"/>
        <source>Przyjazd do Polski</source>
        <translation>Приїзд до Польщі</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="144"/>
        <source>W szkole od</source>
        <translation>У школі з</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="150"/>
        <source>Kraj pochodzenia</source>
        <translation>Країна походження</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="152"/>
        <source>kody po przecinku, np. uk, ru</source>
        <translation>коди через кому, напр. uk, ru</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="153"/>
        <source>Języki ucznia</source>
        <translation>Мови учня</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="154"/>
        <source>Poziom znajomości polskiego</source>
        <translation>Рівень володіння польською</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="155"/>
        <source>Podstawa kształcenia</source>
        <translation>Підстава навчання</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="157"/>
        <source>Uwagi (szyfrowane)</source>
        <translation>Примітки (зашифровані)</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="159"/>
        <source>Kod:</source>
        <translation>Код:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="160"/>
        <source>&amp;Imię i nazwisko:</source>
        <translation>&amp;Ім’я та прізвище:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="161"/>
        <source>&amp;Klasa:</source>
        <translation>&amp;Клас:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="162"/>
        <source>Przyjazd do &amp;Polski:</source>
        <translation>Приїзд до &amp;Польщі:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="163"/>
        <source>W &amp;szkole od:</source>
        <translation>У &amp;школі з:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="164"/>
        <source>K&amp;raj pochodzenia:</source>
        <translation>К&amp;раїна походження:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="165"/>
        <source>&amp;Języki:</source>
        <translation>&amp;Мови:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="166"/>
        <source>Poziom &amp;polskiego:</source>
        <translation>Рівень &amp;польської:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="167"/>
        <source>Po&amp;dstawa kształcenia:</source>
        <translation>&amp;Підстава навчання:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="168"/>
        <source>&amp;Uwagi:</source>
        <translation>&amp;Примітки:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="172"/>
        <source>&amp;Zapisz ucznia</source>
        <translation>&amp;Зберегти учня</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="182"/>
        <source>Nr</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="182"/>
        <source>Forma wsparcia</source>
        <translation>Форма підтримки</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="182"/>
        <source>Godz./tydz.</source>
        <translation>Год/тиж.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="183"/>
        <source>Od</source>
        <translation>Від</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="183"/>
        <source>Do</source>
        <translation>До</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="183"/>
        <source>Formy wsparcia ucznia</source>
        <translation>Форми підтримки учня</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="185"/>
        <source>Nowa forma wsparcia</source>
        <translation>Нова форма підтримки</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="187"/>
        <source>Rodzaj wsparcia</source>
        <translation>Вид підтримки</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="190"/>
        <source>Przedmiot zajęć wyrównawczych</source>
        <translation>Предмет вирівнювальних занять</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="192"/>
        <source>Asystent</source>
        <translation>Асистент</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="193"/>
        <source>Rodzaj pomocy psychologiczno-pedagogicznej</source>
        <translation>Вид психолого-педагогічної допомоги</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="199"/>
        <source>Godziny tygodniowo</source>
        <translation>Годин на тиждень</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="201"/>
        <source>Początek wsparcia</source>
        <translation>Початок підтримки</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="203"/>
        <source>Koniec wsparcia</source>
        <translation>Кінець підтримки</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="204"/>
        <source>&amp;Rodzaj:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="205"/>
        <source>Prz&amp;edmiot:</source>
        <translation>Пред&amp;мет:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="206"/>
        <source>&amp;Asystent:</source>
        <translation>&amp;Асистент:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="207"/>
        <source>Rodzaj &amp;pomocy:</source>
        <translation>Вид &amp;допомоги:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="208"/>
        <source>&amp;Godziny tygodniowo:</source>
        <translation>&amp;Годин на тиждень:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="209"/>
        <source>&amp;Od:</source>
        <translation>&amp;Від:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="210"/>
        <source>&amp;Do:</source>
        <translation>&amp;До:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="212"/>
        <source>Dodaj &amp;formę wsparcia</source>
        <translation>Додати &amp;форму підтримки</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="214"/>
        <source>Usuń &amp;zaznaczoną</source>
        <translation>Видалити &amp;вибране</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="230"/>
        <source>Podsumowanie wsparcia ucznia</source>
        <translation>Підсумок підтримки учня</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="232"/>
        <source>Uwagi wynikające z przepisów:</source>
        <translation>Зауваження на підставі нормативних актів:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="233"/>
        <source>Uwagi dotyczące wsparcia ucznia</source>
        <translation>Зауваження щодо підтримки учня</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="253"/>
        <source>Uczniów: %1</source>
        <translation>Учнів: %1</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="261"/>
        <source>Sprawdzenie wszystkich uczniów: błędy %1, uwagi %2.</source>
        <translation>Перевірка всіх учнів: помилки %1, зауваження %2.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="320"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — obecnie %2 godz. wsparcia tygodniowo.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — зараз %2 год підтримки на тиждень.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="323"/>
        <source>godz./tydz.</source>
        <translation>год/тиж.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="325"/>
        <source>• %1: wykorzystano %2 z %3 mies. (do %4)</source>
        <translation>• %1: використано %2 з %3 міс. (до %4)</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="329"/>
        <source>Wsparcie ucznia jest zgodne z regułami.</source>
        <translation>Підтримка учня відповідає правилам.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="344"/>
        <source>(nowy uczeń)</source>
        <translation>(новий учень)</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="373"/>
        <source>Zapisano dane ucznia %1.</source>
        <translation>Дані учня %1 збережено.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="380"/>
        <source>Najpierw wybierz ucznia z listy albo zapisz nowego.</source>
        <translation>Спочатку виберіть учня зі списку або збережіть нового.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="390"/>
        <source>Dodano formę wsparcia: %1.</source>
        <translation>Додано форму підтримки: %1.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="408"/>
        <source>Zapisz wszystkie dane ucznia</source>
        <translation>Зберегти всі дані учня</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="409"/>
        <source>Plik JSON (*.json)</source>
        <translation>Файл JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="423"/>
        <source>Zapisano wszystkie dane ucznia %1 w pliku %2. Plik zawiera dane osobowe — przekaż go bezpiecznie.</source>
        <translation>Усі дані учня %1 збережено у файлі %2. Файл містить персональні дані — передайте його безпечно.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="433"/>
        <source>Usunąć dane ucznia?</source>
        <translation>Видалити дані учня?</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="434"/>
        <source>Nieodwracalnie usunąć wszystkie dane ucznia %1: dane osobowe, formy wsparcia, opinie i orzeczenia z plikami? Dziennik dostępu zachowa tylko fakt usunięcia.</source>
        <translation>Безповоротно видалити всі дані учня %1: особисті дані, форми підтримки, висновки й рішення з файлами? Журнал доступу збереже лише факт видалення.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/pupils_page.py" line="443"/>
        <source>Usunięto dane ucznia %1.</source>
        <translation>Дані учня %1 видалено.</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <location filename="../../edulab_app/ui/background.py" line="109"/>
        <source>Anuluj</source>
        <translation>Скасувати</translation>
    </message>
</context>
<context>
    <name>RegionTab</name>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="48"/>
        <source>Podsumowanie regionu</source>
        <translation>Підсумок регіону</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="50"/>
        <source>Po&amp;wiat:</source>
        <translation>&amp;Повіт:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="52"/>
        <source>Region: powiat</source>
        <translation>Регіон: повіт</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="57"/>
        <source>&amp;Odśwież</source>
        <translation>&amp;Оновити</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="58"/>
        <source>Odśwież zestawienie regionu</source>
        <translation>Оновити регіональне зведення</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="60"/>
        <source>Eksportuj &amp;XLSX…</source>
        <translation>Експортувати &amp;XLSX…</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="61"/>
        <source>Eksportuj zestawienie regionu do arkusza XLSX</source>
        <translation>Експортувати регіональне зведення в таблицю XLSX</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="63"/>
        <source>Eksportuj &amp;PDF…</source>
        <translation>Експортувати &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="64"/>
        <source>Eksportuj zestawienie regionu do PDF</source>
        <translation>Експортувати регіональне зведення в PDF</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="71"/>
        <source>Części zestawienia regionu</source>
        <translation>Частини регіонального зведення</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="77"/>
        <source>Koszty według lat i kategorii</source>
        <translation>Витрати за роками та категоріями</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="78"/>
        <source>Wykres kosztów regionu według lat i kategorii</source>
        <translation>Діаграма витрат регіону за роками та категоріями</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="80"/>
        <source>Koszty według powiatów</source>
        <translation>Витрати за повітами</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="81"/>
        <source>Wykres kosztów według powiatów</source>
        <translation>Діаграма витрат за повітами</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="84"/>
        <source>Tabele kosztów</source>
        <translation>Таблиці витрат</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="85"/>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="87"/>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="107"/>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="118"/>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="184"/>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="188"/>
        <source>Powiat</source>
        <translation>Повіт</translation>
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
        <translation>Школи</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="85"/>
        <source>Koszty według powiatów i lat</source>
        <translation>Витрати за повітами та роками</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="87"/>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="188"/>
        <source>Gmina</source>
        <translation>Ґміна</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="87"/>
        <source>Koszty według gmin i lat</source>
        <translation>Витрати за ґмінами та роками</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="89"/>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="194"/>
        <source>Kategoria</source>
        <translation>Категорія</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="89"/>
        <source>Koszty według kategorii i lat</source>
        <translation>Витрати за категоріями та роками</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="90"/>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="195"/>
        <source>Źródło finansowania</source>
        <translation>Джерело фінансування</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="90"/>
        <source>Koszty według źródeł i lat</source>
        <translation>Витрати за джерелами та роками</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="91"/>
        <source>Powiaty</source>
        <translation>Повіти</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="92"/>
        <source>Gminy</source>
        <translation>Ґміни</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="93"/>
        <source>Kategorie</source>
        <translation>Категорії</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="94"/>
        <source>Źródła finansowania</source>
        <translation>Джерела фінансування</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="95"/>
        <source>&amp;Koszty</source>
        <translation>&amp;Витрати</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="100"/>
        <source>Uczestnicy zsumowani z planów szkół; grupy do zorganizowania w powiecie = uczestnicy ÷ największa liczebność grupy szkolenia (w górę).</source>
        <translation>Учасників підсумовано з планів шкіл; групи для організації в повіті = учасники ÷ найбільша чисельність групи навчання (з округленням угору).</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="104"/>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="107"/>
        <source>Szkolenie</source>
        <translation>Навчання</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="104"/>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="107"/>
        <source>Rok szkolny</source>
        <translation>Навчальний рік</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="105"/>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="108"/>
        <source>Uczestnicy</source>
        <translation>Учасники</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="105"/>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="109"/>
        <source>Grupy</source>
        <translation>Групи</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="106"/>
        <source>Szkolenia razem w regionie</source>
        <translation>Навчання в регіоні разом</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="108"/>
        <source>Maks. w grupie</source>
        <translation>Макс. у групі</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="109"/>
        <source>Szkolenia według powiatów</source>
        <translation>Навчання за повітами</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="112"/>
        <source>&amp;Szkolenia</source>
        <translation>&amp;Навчання</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="116"/>
        <source>Asystenci potrzebni i zaplanowani według powiatów</source>
        <translation>Потрібні й заплановані асистенти за повітами</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="118"/>
        <source>Uczniowie z Ukrainy</source>
        <translation>Учні з України</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="119"/>
        <source>Potrzebni</source>
        <translation>Потрібно</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="119"/>
        <source>Zaplanowani</source>
        <translation>Заплановані</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="119"/>
        <source>Szkoły z niedoborem</source>
        <translation>Школи з нестачею</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="120"/>
        <source>Niedobór</source>
        <translation>Нестача</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="120"/>
        <source>Asystenci według powiatów</source>
        <translation>Асистенти за повітами</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="122"/>
        <source>&amp;Asystenci</source>
        <translation>&amp;Асистенти</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="126"/>
        <source>Najczęstsze priorytety</source>
        <translation>Найчастіші пріоритети</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="128"/>
        <source>Priorytet</source>
        <translation>Пріоритет</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="128"/>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="137"/>
        <source>Odsetek</source>
        <translation>Частка</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="129"/>
        <source>W pierwszej trójce</source>
        <translation>У першій трійці</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="129"/>
        <source>Priorytety szkół</source>
        <translation>Пріоритети шкіл</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="131"/>
        <source>&amp;Priorytety</source>
        <translation>&amp;Пріоритети</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="135"/>
        <source>Odsetek szkół podejmujących zadania SMI</source>
        <translation>Частка шкіл, що виконують завдання SMI</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="137"/>
        <source>Zadanie szkoły (SMI)</source>
        <translation>Завдання школи (SMI)</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="138"/>
        <source>Powiaty bez szkół z tym zadaniem</source>
        <translation>Повіти без шкіл із цим завданням</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="138"/>
        <source>Zadania SMI</source>
        <translation>Завдання SMI</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="140"/>
        <source>&amp;Zadania SMI</source>
        <translation>&amp;Завдання SMI</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="144"/>
        <source>Założenia zestawienia</source>
        <translation>Припущення зведення</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="156"/>
        <source>cały region</source>
        <translation>увесь регіон</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="168"/>
        <source>&lt;b&gt;Szkół: %1&lt;/b&gt; · uczniowie z doświadczeniem migracji: %2 · łączny koszt planów: &lt;b&gt;%3&lt;/b&gt; · lata: %4</source>
        <translation>&lt;b&gt;Шкіл: %1&lt;/b&gt; · учні з досвідом міграції: %2 · загальна вартість планів: &lt;b&gt;%3&lt;/b&gt; · роки: %4</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="178"/>
        <source>Brak kosztów.</source>
        <translation>Немає витрат.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="180"/>
        <source>koszt planów</source>
        <translation>вартість планів</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="181"/>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="217"/>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="236"/>
        <source>Brak danych.</source>
        <translation>Немає даних.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="182"/>
        <source>Razem</source>
        <translation>Разом</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="215"/>
        <source>potrzebni</source>
        <translation>потрібно</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="216"/>
        <source>zaplanowani</source>
        <translation>заплановані</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="226"/>
        <source>szkoły</source>
        <translation>школи</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="227"/>
        <source>Brak priorytetów.</source>
        <translation>Немає пріоритетів.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="234"/>
        <source>odsetek szkół</source>
        <translation>частка шкіл</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="248"/>
        <source>Zapisz zestawienie regionu</source>
        <translation>Зберегти регіональне зведення</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="249"/>
        <source>Arkusz (*.xlsx)</source>
        <translation>Електронна таблиця (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="249"/>
        <source>Dokument PDF (*.pdf)</source>
        <translation>Документ PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="265"/>
        <source>Zapisywanie zestawienia…</source>
        <translation>Збереження зведення…</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="267"/>
        <source>Eksport zestawienia regionu</source>
        <translation>Експорт регіонального зведення</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="268"/>
        <source>Postęp eksportu</source>
        <translation>Хід експорту</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/region_tab.py" line="292"/>
        <source>Zapisano: %1</source>
        <translation>Збережено: %1</translation>
    </message>
</context>
<context>
    <name>RegulationPage</name>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="65"/>
        <source>Stan regulaminu</source>
        <translation>Стан положення</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="68"/>
        <source>Regulamin przeciwdziałania dyskryminacji z procedurą zgłaszania i reagowania. Terminy kroków procedury pochodzą z ustawień rejestru zgłoszeń (to praktyka przyjęta gdzie indziej, nie przepis prawa).</source>
        <translation>Положення про протидію дискримінації з процедурою повідомлення та реагування. Терміни кроків процедури взято з налаштувань реєстру повідомлень (це практика, прийнята деінде, а не вимога закону).</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="78"/>
        <source>Czego brakuje w regulaminie</source>
        <translation>Чого бракує в положенні</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="84"/>
        <source>Szkoła nie ma jeszcze regulaminu. Projekt powstanie z wzoru, danych szkoły i listy kadry — potem go uzupełnisz i przyjmiesz.</source>
        <translation>Школа ще не має положення. Проєкт буде створено на основі зразка, даних школи та списку персоналу — потім ви його доповните й ухвалите.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="86"/>
        <source>&amp;Utwórz projekt regulaminu</source>
        <translation>&amp;Створити проєкт положення</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="87"/>
        <source>Utwórz projekt regulaminu z danymi szkoły</source>
        <translation>Створити проєкт положення з даними школи</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="94"/>
        <source>Części regulaminu</source>
        <translation>Частини положення</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="95"/>
        <source>&amp;Dane szkoły</source>
        <translation>&amp;Дані школи</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="96"/>
        <source>&amp;Tekst</source>
        <translation>&amp;Текст</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="97"/>
        <source>&amp;Wersje</source>
        <translation>&amp;Версії</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="102"/>
        <source>PDF &amp;regulaminu…</source>
        <translation>PDF &amp;положення…</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="104"/>
        <source>PDF dla &amp;rodzin…</source>
        <translation>PDF для &amp;родин…</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="105"/>
        <source>Skrócona wersja dla rodzin w ich językach</source>
        <translation>Скорочена версія для родин їхніми мовами</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="121"/>
        <source>&amp;Dyrektor:</source>
        <translation>&amp;Директор:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="121"/>
        <source>imię i nazwisko</source>
        <translation>ім’я та прізвище</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="122"/>
        <source>&amp;E-mail do zgłoszeń:</source>
        <translation>&amp;Ел. пошта для повідомлень:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="122"/>
        <source>np. zglos@szkola.pl</source>
        <translation>напр. zglos@szkola.pl</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="123"/>
        <source>&amp;Skrzynka zgłoszeń:</source>
        <translation>&amp;Скринька для повідомлень:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="123"/>
        <source>gdzie jest skrzynka anonimowych zgłoszeń</source>
        <translation>де розташована скринька для анонімних повідомлень</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="124"/>
        <source>&amp;Formularz zgłoszeń:</source>
        <translation>&amp;Форма для повідомлень:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="124"/>
        <source>adres formularza (jeśli szkoła go ma)</source>
        <translation>адреса форми (якщо школа її має)</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="125"/>
        <source>&amp;Standardy ochrony małoletnich:</source>
        <translation>&amp;Стандарти захисту неповнолітніх:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="126"/>
        <source>np. zarządzenie dyrektora nr … z dnia …</source>
        <translation>напр. розпорядження директора № … від …</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="127"/>
        <source>&amp;Osoba odpowiedzialna za standardy:</source>
        <translation>&amp;Особа, відповідальна за стандарти:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="128"/>
        <source>&amp;Kto przyjmuje regulamin:</source>
        <translation>&amp;Хто ухвалює положення:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="128"/>
        <source>np. Rada Pedagogiczna</source>
        <translation>напр. Педагогічна рада</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="136"/>
        <source> mies.</source>
        <translation> міс.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="137"/>
        <source>Przegląd regulaminu co tyle miesięcy</source>
        <translation>Інтервал перегляду положення (місяців)</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="138"/>
        <source>&amp;Przegląd co:</source>
        <translation>&amp;Переглядати кожні:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="144"/>
        <source>Wersja dla rodzin w języku: %1</source>
        <translation>Версія для родин мовою: %1</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="150"/>
        <source>Wersje dla rodzin:</source>
        <translation>Версії для родин:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="153"/>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="158"/>
        <source>Osoby zaufania</source>
        <translation>Довірені особи</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="156"/>
        <source>Imię i nazwisko</source>
        <translation>Ім’я та прізвище</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="156"/>
        <source>Funkcja</source>
        <translation>Посада</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="157"/>
        <source>Kontakt, dyżur</source>
        <translation>Контакт, години прийому</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="157"/>
        <source>Języki (kody, np. uk,ru)</source>
        <translation>Мови (коди, напр. uk,ru)</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="164"/>
        <source>Dodaj &amp;osobę</source>
        <translation>Додати &amp;особу</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="166"/>
        <source>&amp;Usuń zaznaczoną</source>
        <translation>&amp;Видалити вибране</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="173"/>
        <source>&amp;Zapisz dane i odśwież tekst</source>
        <translation>&amp;Зберегти дані й оновити текст</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="174"/>
        <source>Zapisz dane szkoły i odśwież tekst regulaminu</source>
        <translation>Зберегти дані школи й оновити текст положення</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="185"/>
        <source>Paragrafy regulaminu</source>
        <translation>Параграфи положення</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="193"/>
        <source>Tekst paragrafu</source>
        <translation>Текст параграфа</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="194"/>
        <source>Pusty wiersz oddziela akapity; wiersz zaczynający się od „- ” to punkt listy.</source>
        <translation>Порожній рядок розділяє абзаци; рядок, що починається з «- », — це пункт списку.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="200"/>
        <source>Stan paragrafu</source>
        <translation>Стан параграфа</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="202"/>
        <source>Przywróć tekst &amp;wzoru</source>
        <translation>Відновити текст &amp;зразка</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="204"/>
        <source>Zapisz &amp;paragraf</source>
        <translation>Зберегти &amp;параграф</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="217"/>
        <source>Wersja</source>
        <translation>Версія</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="217"/>
        <source>Przyjęta</source>
        <translation>Прийнято</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="217"/>
        <source>Uchwała nr</source>
        <translation>Ухвала №</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="218"/>
        <source>Przyjął</source>
        <translation>Ухвалив</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="218"/>
        <source>Zmiany</source>
        <translation>Зміни</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="219"/>
        <source>Przyjęte wersje regulaminu</source>
        <translation>Ухвалені версії положення</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="227"/>
        <source>Przyjęcie nowej wersji</source>
        <translation>Ухвалення нової версії</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="233"/>
        <source>Data przyjęcia</source>
        <translation>Дата ухвалення</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="235"/>
        <source>Numer uchwały lub zarządzenia</source>
        <translation>Номер ухвали або розпорядження</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="236"/>
        <source>np. 12/2026/2027</source>
        <translation>напр. 12/2026/2027</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="238"/>
        <source>Kto przyjął</source>
        <translation>Ким ухвалено</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="240"/>
        <source>Co się zmieniło</source>
        <translation>Що змінилося</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="241"/>
        <source>Data &amp;przyjęcia:</source>
        <translation>Дата &amp;ухвалення:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="242"/>
        <source>&amp;Uchwała (zarządzenie) nr:</source>
        <translation>&amp;Ухвала (розпорядження) №:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="243"/>
        <source>Przyjął (&amp;organ):</source>
        <translation>Ухвалив (&amp;орган):</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="244"/>
        <source>&amp;Zmiany:</source>
        <translation>&amp;Зміни:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="245"/>
        <source>Przyjmij &amp;wersję</source>
        <translation>Ухвалити &amp;версію</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="249"/>
        <source>Zmiany od ostatniej przyjętej wersji:</source>
        <translation>Зміни від останньої ухваленої версії:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="252"/>
        <source>Zmiany od ostatniej przyjętej wersji</source>
        <translation>Зміни від останньої ухваленої версії</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="266"/>
        <source>Brak regulaminu</source>
        <translation>Немає положення</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="271"/>
        <source>Projekt — nie przyjęty</source>
        <translation>Проєкт — не ухвалено</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="272"/>
        <source>✓ Przyjęty: wersja %1 z %2</source>
        <translation>✓ Ухвалено: версія %1 від %2</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="273"/>
        <source>Zmieniony po przyjęciu wersji %1 z %2 — do przyjęcia</source>
        <translation>Змінено після ухвалення версії %1 від %2 — потребує ухвалення</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="279"/>
        <source>Do uzupełnienia przed przyjęciem (zakładka „Dane szkoły”): %1.</source>
        <translation>Заповнити перед ухваленням (вкладка «Дані школи»): %1.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="291"/>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="369"/>
        <source>Tekst zmieniony przez szkołę</source>
        <translation>Текст, змінений школою</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="291"/>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="369"/>
        <source>Tekst wzoru</source>
        <translation>Текст зразка</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="316"/>
        <source>Funkcja osoby zaufania</source>
        <translation>Посада довіреної особи</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="354"/>
        <source>Tekst nie zmienił się od przyjęcia ostatniej wersji.</source>
        <translation>Текст не змінився від ухвалення останньої версії.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="356"/>
        <source>Regulamin nie był jeszcze przyjęty.</source>
        <translation>Положення ще не ухвалено.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="357"/>
        <source>Brak zmian od ostatniej przyjętej wersji.</source>
        <translation>Немає змін від останньої ухваленої версії.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="373"/>
        <source>Niezapisane zmiany</source>
        <translation>Незбережені зміни</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="424"/>
        <source>Nie przyjęto — popraw:</source>
        <translation>Не ухвалено — виправте:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="433"/>
        <source>Zapisz regulamin „Bezpieczna szkoła”</source>
        <translation>Зберегти положення «Безпечна школа»</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="439"/>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="450"/>
        <source>✓ Zapisano PDF: %1</source>
        <translation>✓ PDF збережено: %1</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/regulation_page.py" line="444"/>
        <source>Zapisz wersję dla rodzin</source>
        <translation>Зберегти версію для родин</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <location filename="../../edulab_app/ui/plan/review_comments.py" line="274"/>
        <location filename="../../edulab_app/ui/plan/review_comments.py" line="276"/>
        <source>Przegląd planu przez eksperta EDUlab</source>
        <translation>Розгляд плану експертом EDUlab</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/review_comments.py" line="282"/>
        <source>Stan przeglądu planu</source>
        <translation>Стан розгляду плану</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/review_comments.py" line="286"/>
        <source>Uwagi eksperta do działań</source>
        <translation>Зауваження експерта до дій</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/review_comments.py" line="288"/>
        <source>Pokaż &amp;działania z uwagami</source>
        <translation>Показати &amp;дії із зауваженнями</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/review_comments.py" line="289"/>
        <source>Pokaż działania z uwagami eksperta</source>
        <translation>Показати дії із зауваженнями експерта</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/review_comments.py" line="293"/>
        <source>Odpowiedzi trafią do eksperta w następnym pakiecie .edulab szkoły (Plik → Eksport).</source>
        <translation>Відповіді надійдуть до експерта в наступному пакеті .edulab школи (Файл → Експорт).</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/review_comments.py" line="313"/>
        <source>Uwagi eksperta do całego planu</source>
        <translation>Зауваження експерта до всього плану</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/review_comments.py" line="328"/>
        <source>&lt;b&gt;Stan przeglądu:&lt;/b&gt; &lt;span style=&apos;color:%1&apos;&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/span&gt;</source>
        <translation>&lt;b&gt;Стан розгляду:&lt;/b&gt; &lt;span style=&apos;color:%1&apos;&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/review_comments.py" line="331"/>
        <source>Ekspert: %1</source>
        <translation>Експерт: %1</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/review_comments.py" line="332"/>
        <source>Plik uwag z %1, wczytany %2.</source>
        <translation>Файл зауважень від %1, завантажено %2.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/review_comments.py" line="338"/>
        <source>Uwagi do działań: %1 (działań: %2), bez odpowiedzi: %3.</source>
        <translation>Зауваження до дій: %1 (дій: %2), без відповіді: %3.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/review_comments.py" line="345"/>
        <source>&lt;b&gt;Uwagi do całego planu: %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Зауваження до всього плану: %1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/review_comments.py" line="347"/>
        <source>bez odpowiedzi: %1</source>
        <translation>без відповіді: %1</translation>
    </message>
</context>
<context>
    <name>ReviewTab</name>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="101"/>
        <source>Wybierz szkołę w zakładce „Szkoły” (dwukrotne kliknięcie albo Enter).</source>
        <translation>Виберіть школу на вкладці «Школи» (подвійне клацання або Enter).</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="104"/>
        <source>Szkoła w przeglądzie</source>
        <translation>Школа на розгляді</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="109"/>
        <source>Stan przeglądu</source>
        <translation>Стан розгляду</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="114"/>
        <source>W &amp;przeglądzie</source>
        <translation>На &amp;розгляді</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="114"/>
        <source>Oznacz: w przeglądzie</source>
        <translation>Позначити: на розгляді</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="115"/>
        <source>&amp;Zwróć do szkoły</source>
        <translation>&amp;Повернути школі</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="115"/>
        <source>Oznacz: zwrócony do szkoły do poprawy</source>
        <translation>Позначити: повернуто школі на доопрацювання</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="116"/>
        <source>Za&amp;akceptuj</source>
        <translation>Схв&amp;алити</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="116"/>
        <source>Oznacz: plan zaakceptowany</source>
        <translation>Позначити: план схвалено</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="117"/>
        <source>Oznacz jako &amp;nowy</source>
        <translation>Позначити як &amp;новий</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="117"/>
        <source>Oznacz: nowy, jeszcze nieprzeglądany</source>
        <translation>Позначити: новий, ще не розглянутий</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="123"/>
        <source>&amp;Eksportuj uwagi dla szkoły…</source>
        <translation>&amp;Експортувати зауваження для школи…</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="124"/>
        <source>Eksportuj plik uwag dla szkoły</source>
        <translation>Експортувати файл зауважень для школи</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="131"/>
        <source>Diagnoza i plan szkoły</source>
        <translation>Діагностика і план школи</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="149"/>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="162"/>
        <source>Nr</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="149"/>
        <source>Priorytet</source>
        <translation>Пріоритет</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="149"/>
        <source>Uzasadnienie</source>
        <translation>Обґрунтування</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="150"/>
        <source>Priorytety szkoły</source>
        <translation>Пріоритети школи</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="151"/>
        <source>Obszar</source>
        <translation>Сфера</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="151"/>
        <source>Zasoby</source>
        <translation>Ресурси</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="151"/>
        <source>Potrzeby</source>
        <translation>Потреби</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="151"/>
        <source>Luka</source>
        <translation>Прогалина</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="152"/>
        <source>Wyniki obszarów diagnozy</source>
        <translation>Результати за сферами діагностики</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="153"/>
        <source>Priorytety</source>
        <translation>Пріоритети</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="155"/>
        <source>Wyniki obszarów (0–100)</source>
        <translation>Результати за сферами (0–100)</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="159"/>
        <source>&amp;Diagnoza</source>
        <translation>&amp;Діагностика</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="162"/>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="189"/>
        <source>Działanie</source>
        <translation>Дія</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="162"/>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="183"/>
        <source>Rok szkolny</source>
        <translation>Навчальний рік</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="162"/>
        <source>Termin</source>
        <translation>Термін</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="163"/>
        <source>Stan</source>
        <translation>Стан</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="163"/>
        <source>Koszt</source>
        <translation>Вартість</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="163"/>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="206"/>
        <source>Uwagi eksperta</source>
        <translation>Зауваження експерта</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="164"/>
        <source>Działania planu (tylko do odczytu)</source>
        <translation>Дії плану (лише для читання)</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="166"/>
        <source>Dzi&amp;ałania</source>
        <translation>Ді&amp;ї</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="174"/>
        <source>Harmonogram</source>
        <translation>Графік</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="176"/>
        <source>&amp;Harmonogram</source>
        <translation>&amp;Графік</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="181"/>
        <source>Koszty według lat i kategorii</source>
        <translation>Витрати за роками та категоріями</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="183"/>
        <source>Kategoria</source>
        <translation>Категорія</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="183"/>
        <source>Źródło finansowania</source>
        <translation>Джерело фінансування</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="184"/>
        <source>Kwota</source>
        <translation>Сума</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="184"/>
        <source>Koszty planu</source>
        <translation>Витрати плану</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="186"/>
        <source>&amp;Koszty</source>
        <translation>&amp;Витрати</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="189"/>
        <source>Waga</source>
        <translation>Вага</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="189"/>
        <source>Uwaga kontroli planu</source>
        <translation>Зауваження перевірки плану</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="190"/>
        <source>Uwagi kontroli planu</source>
        <translation>Зауваження перевірки плану</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="192"/>
        <source>&amp;Uwagi kontroli</source>
        <translation>&amp;Зауваження перевірки</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="197"/>
        <source>Pakiet z</source>
        <translation>Пакет від</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="197"/>
        <source>Wczytano</source>
        <translation>Завантажено</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="197"/>
        <source>Plik</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="197"/>
        <source>Wersja</source>
        <translation>Версія</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="198"/>
        <source>Pakiety szkoły</source>
        <translation>Пакети шкіл</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="199"/>
        <source>Kiedy</source>
        <translation>Коли</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="199"/>
        <source>Zdarzenie</source>
        <translation>Подія</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="199"/>
        <source>Historia przeglądu</source>
        <translation>Історія розгляду</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="203"/>
        <source>H&amp;istoria</source>
        <translation>І&amp;сторія</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="210"/>
        <source>Czego dotyczą uwagi</source>
        <translation>Чого стосуються зауваження</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="212"/>
        <source>Uwagi do &amp;całego planu</source>
        <translation>Зауваження до &amp;всього плану</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="213"/>
        <source>Pokaż uwagi do całego planu</source>
        <translation>Показати зауваження до всього плану</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="217"/>
        <source>Uwagi i odpowiedzi szkoły</source>
        <translation>Зауваження та відповіді школи</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="222"/>
        <source>Treść nowej uwagi</source>
        <translation>Зміст нового зауваження</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="223"/>
        <source>Nowa uwaga…</source>
        <translation>Нове зауваження…</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="228"/>
        <source>&amp;Dodaj uwagę</source>
        <translation>&amp;Додати зауваження</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="229"/>
        <source>Dodaj uwagę</source>
        <translation>Додати зауваження</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="231"/>
        <source>&amp;Usuń zaznaczoną</source>
        <translation>&amp;Видалити вибране</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="232"/>
        <source>Usuń zaznaczoną uwagę</source>
        <translation>Видалити вибране зауваження</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="272"/>
        <source>RSPO %1 · %2, powiat %3 · uczniowie z doświadczeniem migracji: %4 z %5%6 · plan %7 · pakiet z %8 (%9)</source>
        <translation>RSPO %1 · %2, повіт %3 · учні з досвідом міграції: %4 з %5%6 · план %7 · пакет від %8 (%9)</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="280"/>
        <source>Stan przeglądu: %1</source>
        <translation>Стан розгляду: %1</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="294"/>
        <source>Pakiet nie zawiera wyników diagnozy.</source>
        <translation>Пакет не містить результатів діагностики.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="331"/>
        <source>Brak planu.</source>
        <translation>Немає плану.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="340"/>
        <source>Plan nie ma kosztów.</source>
        <translation>План не має витрат.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="351"/>
        <source>cały plan</source>
        <translation>увесь план</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="354"/>
        <source>&amp;Uwagi kontroli (%1)</source>
        <translation>&amp;Зауваження перевірки (%1)</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="359"/>
        <source>(bieżący)</source>
        <translation>(поточний)</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="366"/>
        <source>Stan: %1 → %2</source>
        <translation>Стан: %1 → %2</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="382"/>
        <source>Uwagi do działania %1: %2</source>
        <translation>Зауваження до дії %1: %2</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="385"/>
        <source>Uwagi do całego planu</source>
        <translation>Зауваження до всього плану</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="390"/>
        <source>Brak uwag.</source>
        <translation>Немає зауважень.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="398"/>
        <source>(do wcześniejszej wersji planu)</source>
        <translation>(до попередньої версії плану)</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="400"/>
        <source>Odpowiedź szkoły (%1): %2</source>
        <translation>Відповідь школи (%1): %2</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="462"/>
        <source>Zapisz plik uwag dla szkoły</source>
        <translation>Зберегти файл зауважень для школи</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/review_tab.py" line="464"/>
        <source>Plik uwag EDUlab (*.edulab-review)</source>
        <translation>Файл зауважень EDUlab (*.edulab-review)</translation>
    </message>
</context>
<context>
    <name>ScheduleTab</name>
    <message>
        <location filename="../../edulab_app/ui/plan/schedule_tab.py" line="20"/>
        <source>Działania miesiąc po miesiącu. Szare pola to ferie, przerwy świąteczne i wakacje z kalendarza szkolnego, czerwona linia — dziś, czarna kreska pod paskiem — faktyczny przebieg. Dwuklik lub Enter otwiera działanie do edycji.</source>
        <translation>Дії за місяцями. Сірі поля — зимові канікули, святкові перерви та літні канікули за шкільним календарем, червона лінія — сьогодні, чорна риска під смугою — фактичний перебіг. Подвійне клацання або Enter відкриває дію для редагування.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/schedule_tab.py" line="35"/>
        <source>ferie, przerwy, wakacje</source>
        <translation>зимові канікули, перерви, літні канікули</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/schedule_tab.py" line="36"/>
        <source>dziś</source>
        <translation>сьогодні</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/schedule_tab.py" line="37"/>
        <source>działanie z błędem</source>
        <translation>дія з помилкою</translation>
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
    <name>SchoolsTab</name>
    <message>
        <location filename="../../edulab_app/ui/expert/schools_tab.py" line="204"/>
        <source>Wczytaj &amp;pakiety…</source>
        <translation>Завантажити &amp;пакети…</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/schools_tab.py" line="205"/>
        <source>Wczytaj pakiety szkół z plików</source>
        <translation>Завантажити пакети шкіл із файлів</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/schools_tab.py" line="207"/>
        <source>Wczytaj &amp;folder…</source>
        <translation>Завантажити &amp;теку…</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/schools_tab.py" line="208"/>
        <source>Wczytaj wszystkie pakiety z folderu</source>
        <translation>Завантажити всі пакети з теки</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/schools_tab.py" line="213"/>
        <source>Po&amp;wiat:</source>
        <translation>&amp;Повіт:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/schools_tab.py" line="215"/>
        <source>Filtr: powiat</source>
        <translation>Фільтр: повіт</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/schools_tab.py" line="217"/>
        <source>S&amp;tan:</source>
        <translation>&amp;Стан:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/schools_tab.py" line="219"/>
        <source>Filtr: stan przeglądu</source>
        <translation>Фільтр: стан розгляду</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/schools_tab.py" line="221"/>
        <location filename="../../edulab_app/ui/expert/schools_tab.py" line="279"/>
        <source>wszystkie</source>
        <translation>усі</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/schools_tab.py" line="224"/>
        <source>Sz&amp;ukaj:</source>
        <translation>По&amp;шук:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/schools_tab.py" line="226"/>
        <source>RSPO, nazwa albo gmina</source>
        <translation>RSPO, назва або ґміна</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/schools_tab.py" line="227"/>
        <source>Szukaj szkoły</source>
        <translation>Пошук школи</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/schools_tab.py" line="240"/>
        <source>Szkoły i ich plany</source>
        <translation>Школи та їхні плани</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/schools_tab.py" line="259"/>
        <source>Liczba szkół</source>
        <translation>Кількість шкіл</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/schools_tab.py" line="261"/>
        <source>&amp;Otwórz przegląd szkoły</source>
        <translation>&amp;Відкрити розгляд школи</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/schools_tab.py" line="262"/>
        <source>Otwórz przegląd zaznaczonej szkoły</source>
        <translation>Відкрити розгляд вибраної школи</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/schools_tab.py" line="302"/>
        <source>Szkół: %1 z %2</source>
        <translation>Шкіл: %1 з %2</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/schools_tab.py" line="313"/>
        <source>Wybierz pakiety szkół</source>
        <translation>Виберіть пакети шкіл</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/schools_tab.py" line="314"/>
        <source>Pakiety EDUlab (*.edulab);;Wszystkie pliki (*)</source>
        <translation>Пакети EDUlab (*.edulab);;Усі файли (*)</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/schools_tab.py" line="319"/>
        <source>Wybierz folder z pakietami szkół</source>
        <translation>Виберіть теку з пакетами шкіл</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/schools_tab.py" line="327"/>
        <source>Wczytywanie pakietów…</source>
        <translation>Завантаження пакетів…</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/schools_tab.py" line="327"/>
        <source>Przerwij</source>
        <translation>Перервати</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/schools_tab.py" line="328"/>
        <source>Wczytywanie pakietów</source>
        <translation>Завантаження пакетів</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/schools_tab.py" line="329"/>
        <source>Postęp wczytywania pakietów</source>
        <translation>Хід завантаження пакетів</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/expert/schools_tab.py" line="352"/>
        <source>Wczytywanie pakietu %1 z %2: %3</source>
        <translation>Завантаження пакета %1 з %2: %3</translation>
    </message>
</context>
<context>
    <name>SectionView</name>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/section.py" line="40"/>
        <source>Obszar %1 z %2</source>
        <translation>Сфера %1 з %2</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/section.py" line="54"/>
        <source>Pytania oznaczone &lt;span style=&quot;color:#b71c1c;&quot;&gt;*&lt;/span&gt; są wymagane. Każda odpowiedź zapisuje się sama, gdy ją podasz.</source>
        <translation>Питання, позначені &lt;span style=&quot;color:#b71c1c;&quot;&gt;*&lt;/span&gt;, обов’язкові. Кожна відповідь зберігається автоматично, щойно ви її дасте.</translation>
    </message>
</context>
<context>
    <name>StaffTab</name>
    <message>
        <location filename="../../edulab_app/ui/plan/staff_tab.py" line="145"/>
        <source>Kadra szkoły w planie</source>
        <translation>Персонал школи в плані</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/staff_tab.py" line="148"/>
        <source>Osoba</source>
        <translation>Особа</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/staff_tab.py" line="148"/>
        <source>Rola</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/staff_tab.py" line="148"/>
        <source>Języki</source>
        <translation>Мови</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/staff_tab.py" line="149"/>
        <source>Limit godz./tydz.</source>
        <translation>Ліміт год/тиж.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/staff_tab.py" line="149"/>
        <source>Aktywna</source>
        <translation>Активна</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/staff_tab.py" line="150"/>
        <source>Działania</source>
        <translation>Дії</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/staff_tab.py" line="151"/>
        <source>Lista osób z kadry</source>
        <translation>Список персоналу</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/staff_tab.py" line="163"/>
        <source>&amp;Dodaj osobę</source>
        <translation>&amp;Додати особу</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/staff_tab.py" line="166"/>
        <source>Pokaż osoby nieaktywne</source>
        <translation>Показати неактивних осіб</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/staff_tab.py" line="176"/>
        <source>Obciążenie: godziny tygodniowo w działaniach planu, miesiąc po miesiącu</source>
        <translation>Навантаження: години на тиждень у діях плану, за місяцями</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/staff_tab.py" line="181"/>
        <source>Przekroczenia limitów godzin</source>
        <translation>Перевищення лімітів годин</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/staff_tab.py" line="183"/>
        <source>Tylko osoby z godzinami w planie</source>
        <translation>Лише особи з годинами в плані</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/staff_tab.py" line="191"/>
        <source>Obciążenie osób w kolejnych miesiącach</source>
        <translation>Навантаження осіб у наступні місяці</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/staff_tab.py" line="243"/>
        <source>tak</source>
        <translation>так</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/staff_tab.py" line="243"/>
        <source>nie</source>
        <translation>ні</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/staff_tab.py" line="280"/>
        <source>Zmiana w kadrze: %1</source>
        <translation>Зміна в персоналі: %1</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/staff_tab.py" line="282"/>
        <source>Nie zapisano — %1</source>
        <translation>Не збережено — %1</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/staff_tab.py" line="290"/>
        <source>Nowa osoba %1</source>
        <translation>Нова особа %1</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/staff_tab.py" line="314"/>
        <source>&lt;b style=&apos;color:#c62828&apos;&gt;Ponad limit godzin:&lt;/b&gt; %1 (czerwone pola). Dwuklik na polu otwiera działanie.</source>
        <translation>&lt;b style=&apos;color:#c62828&apos;&gt;Понад ліміт годин:&lt;/b&gt; %1 (червоні клітинки). Подвійне клацання на клітинці відкриває дію.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/staff_tab.py" line="318"/>
        <source>Nikt nie przekracza swojego limitu godzin.</source>
        <translation>Ніхто не перевищує свого ліміту годин.</translation>
    </message>
</context>
<context>
    <name>StartView</name>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/section.py" line="187"/>
        <source>&lt;p&gt;Diagnoza to pierwszy krok: pozwala zobaczyć, co szkoła już robi dla uczniów z doświadczeniem migracji, a czego jeszcze potrzebuje. Składa się z 12 obszarów — od przyjęcia ucznia, przez naukę języka polskiego, po współpracę z rodzicami i budżet.&lt;/p&gt;&lt;p&gt;Każda odpowiedź zapisuje się od razu, więc diagnozę można wypełniać na raty — program otworzy ją w miejscu, w którym skończyliście. Jeśli czegoś nie wiecie, zaznaczcie „nie wiem” — to też jest ważna informacja.&lt;/p&gt;&lt;p&gt;Na końcu program pokaże wyniki obszarów, mocne strony szkoły i priorytety z uzasadnieniem — z nich powstaje plan działania. Za rok nowa diagnoza zacznie się od obecnych odpowiedzi i pokaże postęp.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Діагностика — це перший крок: вона дає змогу побачити, що школа вже робить для учнів з досвідом міграції, а чого їй ще бракує. Вона складається з 12 сфер — від прийому учня, через вивчення польської мови, до співпраці з батьками та бюджету.&lt;/p&gt;&lt;p&gt;Кожна відповідь зберігається одразу, тож діагностику можна заповнювати частинами — програма відкриє її там, де ви зупинилися. Якщо ви чогось не знаєте, позначте «не знаю» — це теж важлива інформація.&lt;/p&gt;&lt;p&gt;Наприкінці програма покаже результати за сферами, сильні сторони школи та пріоритети з обґрунтуванням — на їх основі створюється план дій. Через рік нова діагностика почнеться з поточних відповідей і покаже поступ.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/section.py" line="199"/>
        <source>Rok sz&amp;kolny:</source>
        <translation>Н&amp;авчальний рік:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/section.py" line="201"/>
        <source>Rok szkolny nowej diagnozy</source>
        <translation>Навчальний рік нової діагностики</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/section.py" line="203"/>
        <source>&amp;Rozpocznij diagnozę</source>
        <translation>&amp;Розпочати діагностику</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/diagnosis/section.py" line="204"/>
        <source>Rozpocznij diagnozę</source>
        <translation>Розпочати діагностику</translation>
    </message>
</context>
<context>
    <name>Tracking</name>
    <message>
        <location filename="../../edulab_app/ui/tracking/common.py" line="51"/>
        <source>Błąd</source>
        <translation>Помилка</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/common.py" line="51"/>
        <source>Uwaga</source>
        <translation>Зауваження</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/common.py" line="51"/>
        <source>Informacja</source>
        <translation>Інформація</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/common.py" line="55"/>
        <source>dodatkowe zajęcia z języka polskiego</source>
        <translation>додаткові заняття з польської мови</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/common.py" line="56"/>
        <source>zajęcia wyrównawcze</source>
        <translation>вирівнювальні заняття</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/common.py" line="56"/>
        <source>oddział przygotowawczy</source>
        <translation>підготовчий клас</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/common.py" line="57"/>
        <source>pomoc asystenta</source>
        <translation>допомога асистента</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/common.py" line="57"/>
        <source>pomoc psychologiczno-pedagogiczna</source>
        <translation>психолого-педагогічна допомога</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/common.py" line="61"/>
        <source>zajęcia korekcyjno-kompensacyjne</source>
        <translation>корекційно-компенсаційні заняття</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/common.py" line="61"/>
        <source>zajęcia logopedyczne</source>
        <translation>логопедичні заняття</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/common.py" line="62"/>
        <source>zajęcia rozwijające kompetencje emocjonalno-społeczne</source>
        <translation>заняття з розвитку емоційно-соціальних компетенцій</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/common.py" line="63"/>
        <source>porady i konsultacje</source>
        <translation>поради й консультації</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/common.py" line="63"/>
        <source>inna forma</source>
        <translation>інша форма</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/common.py" line="67"/>
        <source>zasady ogólne (cudzoziemcy)</source>
        <translation>загальні правила (іноземці)</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/common.py" line="68"/>
        <source>szczególne zasady dla obywateli Ukrainy</source>
        <translation>особливі правила для громадян України</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/common.py" line="69"/>
        <source>obywatel polski powracający z zagranicy</source>
        <translation>громадянин Польщі, який повертається з-за кордону</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/common.py" line="73"/>
        <source>ogólne</source>
        <translation>загальне</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/common.py" line="73"/>
        <source>specustawa UA</source>
        <translation>спецзакон щодо України</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/common.py" line="74"/>
        <source>powracający</source>
        <translation>особа, що повертається</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/common.py" line="78"/>
        <source>pomoc nauczyciela władająca językiem ucznia (art. 165 ust. 8)</source>
        <translation>помічник вчителя, який володіє мовою учня (ст. 165 ч. 8)</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/common.py" line="79"/>
        <source>asystent międzykulturowy (art. 165 ust. 8a)</source>
        <translation>міжкультурний асистент (ст. 165 ч. 8a)</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/common.py" line="83"/>
        <source>budżet szkoły</source>
        <translation>бюджет школи</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/common.py" line="83"/>
        <source>organ prowadzący</source>
        <translation>засновник (орган управління)</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/common.py" line="84"/>
        <source>program „Przyjazna szkoła”</source>
        <translation>програма «Дружня школа»</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/common.py" line="84"/>
        <source>grant</source>
        <translation>грант</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/common.py" line="84"/>
        <source>inne</source>
        <translation>інше</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/common.py" line="88"/>
        <source>nauczyciel</source>
        <translation>вчитель</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/common.py" line="88"/>
        <source>rodzic (polska rodzina)</source>
        <translation>батько/мати (польська родина)</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/common.py" line="89"/>
        <source>rodzic z doświadczeniem migracji</source>
        <translation>батько/мати з досвідом міграції</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/common.py" line="89"/>
        <source>uczeń-ambasador</source>
        <translation>учень-амбасадор</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/common.py" line="90"/>
        <source>asystent</source>
        <translation>асистент</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/common.py" line="90"/>
        <source>inna osoba</source>
        <translation>інша особа</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/common.py" line="94"/>
        <source>pierwsze spotkanie z rodziną</source>
        <translation>перша зустріч із родиною</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/common.py" line="94"/>
        <source>oprowadzenie po szkole</source>
        <translation>екскурсія школою</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/common.py" line="95"/>
        <source>uczeń-opiekun (buddy)</source>
        <translation>учень-опікун (buddy)</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/common.py" line="95"/>
        <source>pakiet informacyjny w języku rodziny</source>
        <translation>інформаційний пакет мовою родини</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/common.py" line="96"/>
        <source>spotkanie kontrolne po miesiącu</source>
        <translation>контрольна зустріч через місяць</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/common.py" line="100"/>
        <source>opinia</source>
        <translation>висновок</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/common.py" line="100"/>
        <source>orzeczenie</source>
        <translation>рішення</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/login.py" line="60"/>
        <source>Komunikat o błędzie</source>
        <translation>Повідомлення про помилку</translation>
    </message>
</context>
<context>
    <name>TrackingPage</name>
    <message>
        <location filename="../../edulab_app/ui/tracking/common.py" line="229"/>
        <source>Komunikat</source>
        <translation>Повідомлення</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/common.py" line="242"/>
        <source>&amp;Zaloguj się…</source>
        <translation>&amp;Увійти…</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/common.py" line="243"/>
        <source>Zaloguj się, aby zobaczyć dane chronione</source>
        <translation>Увійдіть, щоб побачити захищені дані</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/common.py" line="271"/>
        <source>Te dane są chronione. Zaloguj się, aby je zobaczyć.</source>
        <translation>Ці дані захищені. Увійдіть, щоб їх побачити.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/common.py" line="273"/>
        <source>Sesja jest zablokowana. Zaloguj się ponownie swoim hasłem.</source>
        <translation>Сеанс заблоковано. Увійдіть знову зі своїм паролем.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/common.py" line="278"/>
        <source>Zaloguj się &amp;jako inny użytkownik…</source>
        <translation>Увійти &amp;як інший користувач…</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/common.py" line="285"/>
        <source>Twoja rola nie pozwala oglądać tych danych.</source>
        <translation>Ваша роль не дозволяє переглядати ці дані.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/common.py" line="313"/>
        <source>Sesja jest zablokowana — zaloguj się, aby kontynuować.</source>
        <translation>Сеанс заблоковано — увійдіть, щоб продовжити.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/tracking/common.py" line="317"/>
        <source>Nie zapisano — popraw:</source>
        <translation>Не збережено — виправте:</translation>
    </message>
</context>
<context>
    <name>TrackingTab</name>
    <message>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="58"/>
        <source>Koszty: plan a wykonanie</source>
        <translation>Витрати: план і виконання</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="60"/>
        <source>Wykres kosztów planowanych i poniesionych według lat</source>
        <translation>Діаграма запланованих і фактичних витрат за роками</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="65"/>
        <source>Postęp realizacji</source>
        <translation>Хід реалізації</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="67"/>
        <source>Rok szkolny</source>
        <translation>Навчальний рік</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="67"/>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="85"/>
        <source>Planowano</source>
        <translation>Заплановано</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="67"/>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="86"/>
        <source>Poniesiono</source>
        <translation>Витрачено</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="68"/>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="68"/>
        <source>Koszty planowane i poniesione według lat</source>
        <translation>Заплановані та фактичні витрати за роками</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="71"/>
        <source>Semestr</source>
        <translation>Семестр</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="71"/>
        <source>Zrealizowane działania</source>
        <translation>Виконані дії</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="72"/>
        <source>Działania zrealizowane w semestrach</source>
        <translation>Виконані дії за семестрами</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="77"/>
        <source>Liczba działań według statusu</source>
        <translation>Кількість дій за статусом</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="84"/>
        <source>Działanie</source>
        <translation>Дія</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="84"/>
        <source>Termin</source>
        <translation>Термін</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="84"/>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="119"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="85"/>
        <source>Faktycznie od</source>
        <translation>Фактично від</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="85"/>
        <source>Faktycznie do</source>
        <translation>Фактично до</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="86"/>
        <source>Notatki</source>
        <translation>Нотатки</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="87"/>
        <source>Realizacja działań</source>
        <translation>Реалізація дій</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="125"/>
        <source>Data zmiany statusu lub wydatku</source>
        <translation>Дата зміни статусу або витрати</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="126"/>
        <source>&amp;Data:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="128"/>
        <source>np. protokół rady pedagogicznej nr 3/2026</source>
        <translation>напр. протокол педагогічної ради № 3/2026</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="129"/>
        <source>Notatka o realizacji (dowód)</source>
        <translation>Нотатка про реалізацію (доказ)</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="130"/>
        <source>&amp;Notatka:</source>
        <translation>&amp;Нотатка:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="133"/>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="309"/>
        <source>Rozpocznij</source>
        <translation>Почати</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="133"/>
        <source>Zakończ</source>
        <translation>Завершити</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="134"/>
        <source>Zaniechaj</source>
        <translation>Припинити</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="134"/>
        <source>Cofnij do planu</source>
        <translation>Повернути до плану</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="136"/>
        <source>Zmień status na: %1</source>
        <translation>Змінити статус на: %1</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="143"/>
        <source>Koszty poniesione</source>
        <translation>Фактичні витрати</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="145"/>
        <source>Rok</source>
        <translation>Рік</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="145"/>
        <source>Kategoria</source>
        <translation>Категорія</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="145"/>
        <source>Źródło</source>
        <translation>Джерело</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="145"/>
        <source>Kwota</source>
        <translation>Сума</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="146"/>
        <source>Opis</source>
        <translation>Опис</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="146"/>
        <source>Koszty poniesione na działanie</source>
        <translation>Фактичні витрати на дію</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="153"/>
        <source>Kategoria kosztu</source>
        <translation>Категорія витрат</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="157"/>
        <source>Źródło finansowania kosztu</source>
        <translation>Джерело фінансування витрати</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="165"/>
        <source>Kwota wydatku</source>
        <translation>Сума витрати</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="167"/>
        <source>np. faktura 12/2026</source>
        <translation>напр. рахунок-фактура 12/2026</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="168"/>
        <source>Opis wydatku</source>
        <translation>Опис витрати</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="173"/>
        <source>Zapisz &amp;koszt</source>
        <translation>Зберегти &amp;витрату</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="176"/>
        <source>Usuń zaznaczony koszt</source>
        <translation>Видалити вибрану витрату</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="183"/>
        <source>Notatki i dowody realizacji</source>
        <translation>Нотатки й докази реалізації</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="186"/>
        <source>Notatki o realizacji działania</source>
        <translation>Нотатки про реалізацію дії</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="192"/>
        <source>np. lista obecności w teczce koordynatora</source>
        <translation>напр. список присутності в теці координатора</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="193"/>
        <source>Nowa notatka o realizacji</source>
        <translation>Нова нотатка про реалізацію</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="196"/>
        <source>Dodaj notatkę</source>
        <translation>Додати нотатку</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="266"/>
        <source>Brak planu.</source>
        <translation>Немає плану.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="275"/>
        <source>planowano</source>
        <translation>заплановано</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="276"/>
        <source>poniesiono</source>
        <translation>витрачено</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="277"/>
        <source>Plan nie ma kosztów.</source>
        <translation>План не має витрат.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="300"/>
        <source>&lt;i&gt;Wybierz działanie z listy.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Виберіть дію зі списку.&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="304"/>
        <source>Status: %1 · zaplanowano: %2</source>
        <translation>Статус: %1 · заплановано: %2</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="308"/>
        <source>Otwórz ponownie</source>
        <translation>Відкрити знову</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="355"/>
        <source>Nie zapisano — %1</source>
        <translation>Не збережено — %1</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="364"/>
        <source>Status „%2”: %1</source>
        <translation>Статус «%2»: %1</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="372"/>
        <source>„Kwota wydatku”: podaj kwotę większą od zera.</source>
        <translation>«Сума витрати»: введіть суму, більшу за нуль.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="379"/>
        <source>Koszt poniesiony: %1</source>
        <translation>Фактичні витрати: %1</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="393"/>
        <source>Usunięcie kosztu: %1</source>
        <translation>Видалення витрати: %1</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/plan/tracking_tab.py" line="402"/>
        <source>Notatka: %1</source>
        <translation>Нотатка: %1</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location filename="../../edulab_app/ui/account_dialogs.py" line="47"/>
        <source>Konta użytkowników</source>
        <translation>Облікові записи користувачів</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/account_dialogs.py" line="50"/>
        <source>Użytkownik</source>
        <translation>Користувач</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/account_dialogs.py" line="50"/>
        <location filename="../../edulab_app/ui/account_dialogs.py" line="57"/>
        <source>Imię i nazwisko</source>
        <translation>Ім’я та прізвище</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/account_dialogs.py" line="50"/>
        <location filename="../../edulab_app/ui/account_dialogs.py" line="59"/>
        <source>Rola</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/account_dialogs.py" line="51"/>
        <source>Aktywne</source>
        <translation>Активні</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/account_dialogs.py" line="51"/>
        <source>Ostatnie logowanie</source>
        <translation>Останній вхід</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/account_dialogs.py" line="51"/>
        <source>Lista kont</source>
        <translation>Список облікових записів</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/account_dialogs.py" line="55"/>
        <source>Nazwa użytkownika nowego konta</source>
        <translation>Ім’я користувача нового облікового запису</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/account_dialogs.py" line="64"/>
        <source>Hasło początkowe</source>
        <translation>Початковий пароль</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/account_dialogs.py" line="65"/>
        <source>Nazwa użytkownika:</source>
        <translation>Ім’я користувача:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/account_dialogs.py" line="66"/>
        <source>Imię i nazwisko:</source>
        <translation>Ім’я та прізвище:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/account_dialogs.py" line="67"/>
        <source>Rola:</source>
        <translation>Роль:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/account_dialogs.py" line="68"/>
        <source>Hasło początkowe (min. 10 znaków):</source>
        <translation>Початковий пароль (мін. 10 символів):</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/account_dialogs.py" line="74"/>
        <source>&amp;Dodaj konto</source>
        <translation>&amp;Додати обліковий запис</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/account_dialogs.py" line="76"/>
        <source>&amp;Wyłącz zaznaczone konto</source>
        <translation>&amp;Вимкнути вибраний обліковий запис</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/account_dialogs.py" line="91"/>
        <source>tak</source>
        <translation>так</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/account_dialogs.py" line="91"/>
        <source>nie</source>
        <translation>ні</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/account_dialogs.py" line="104"/>
        <source>Dodano konto %1. Przekaż hasło tej osobie osobiście.</source>
        <translation>Обліковий запис %1 додано. Передайте пароль цій особі особисто.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/account_dialogs.py" line="115"/>
        <source>Wyłączyć konto?</source>
        <translation>Вимкнути обліковий запис?</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/account_dialogs.py" line="116"/>
        <source>Konto %1 nie będzie mogło się logować, a jego klucz do danych zostanie usunięty. Kontynuować?</source>
        <translation>Обліковий запис %1 більше не зможе входити, а його ключ до даних буде видалено. Продовжити?</translation>
    </message>
</context>
<context>
    <name>WeekPage</name>
    <message>
        <location filename="../../edulab_app/ui/documents/week_page.py" line="74"/>
        <source>Stan zapisu tygodnia</source>
        <translation>Стан збереження тижня</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/week_page.py" line="77"/>
        <source>Pięć dni wydarzeń, w których szkoła pokazuje się jako wspólnota: języki, smaki i tradycje, zabawy, opowieści rodzinne i święto szkoły. Wybierz termin w kalendarzu szkoły, osoby i koszty, a potem zapisz tydzień w planie działania.</source>
        <translation>П’ять днів подій, під час яких школа постає як спільнота: мови, смаки й традиції, ігри, родинні історії та шкільне свято. Виберіть термін у шкільному календарі, осіб і витрати, а потім збережіть тиждень у плані дій.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/week_page.py" line="101"/>
        <source>&amp;Podgląd:</source>
        <translation>&amp;Попередній перегляд:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/week_page.py" line="103"/>
        <source>Co pokazać w podglądzie</source>
        <translation>Що показати в попередньому перегляді</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/week_page.py" line="110"/>
        <source>Podgląd tygodnia i zaproszenia</source>
        <translation>Попередній перегляд тижня та запрошення</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/week_page.py" line="121"/>
        <source>Zapisz &amp;projekt</source>
        <translation>Зберегти &amp;проєкт</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/week_page.py" line="122"/>
        <source>Sprawdź i zapisz tydzień (Ctrl+S)</source>
        <translation>Перевірити й зберегти тиждень (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/week_page.py" line="124"/>
        <source>Zapisz w p&amp;lanie</source>
        <translation>Зберегти в п&amp;лані</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/week_page.py" line="125"/>
        <source>Utwórz albo zaktualizuj działanie „Tydzień dla wszystkich” w planie działania, z tymi kosztami</source>
        <translation>Створити або оновити дію «Тиждень для всіх» у плані дій із цими витратами</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/week_page.py" line="128"/>
        <source>&amp;Eksportuj PDF…</source>
        <translation>&amp;Експортувати PDF…</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/week_page.py" line="129"/>
        <source>Program tygodnia i zaproszenia dla rodzin w ich językach</source>
        <translation>Програма тижня та запрошення для родин їхніми мовами</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/week_page.py" line="139"/>
        <source>Termin</source>
        <translation>Термін</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/week_page.py" line="142"/>
        <source>Rok szkolny tygodnia</source>
        <translation>Навчальний рік тижня</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/week_page.py" line="149"/>
        <source>&amp;Rok szkolny:</source>
        <translation>&amp;Навчальний рік:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/week_page.py" line="153"/>
        <source>Pierwszy dzień tygodnia</source>
        <translation>Перший день тижня</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/week_page.py" line="155"/>
        <source>Pierwszy &amp;dzień:</source>
        <translation>Перший &amp;день:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/week_page.py" line="158"/>
        <source>Dni tygodnia</source>
        <translation>Дні тижня</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/week_page.py" line="159"/>
        <source>Dni:</source>
        <translation>Дні:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/week_page.py" line="161"/>
        <source>Miejsce i godzina święta szkoły</source>
        <translation>Місце й час шкільного свята</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/week_page.py" line="162"/>
        <source>np. sala gimnastyczna, 16:00–19:00</source>
        <translation>напр. спортзал, 16:00–19:00</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/week_page.py" line="164"/>
        <source>&amp;Miejsce święta:</source>
        <translation>&amp;Місце свята:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/week_page.py" line="166"/>
        <source>Kontakt dla rodzin</source>
        <translation>Контакт для родин</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/week_page.py" line="167"/>
        <source>e-mail lub telefon koordynatora</source>
        <translation>ел. пошта або телефон координатора</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/week_page.py" line="169"/>
        <source>&amp;Kontakt:</source>
        <translation>&amp;Контакт:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/week_page.py" line="173"/>
        <source>Osoby (kilka osób oddziel przecinkami)</source>
        <translation>Особи (кількох осіб розділяйте комами)</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/week_page.py" line="186"/>
        <source>Języki zaproszenia dla rodzin</source>
        <translation>Мови запрошення для родин</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/week_page.py" line="192"/>
        <source>Zaproszenie w języku: %1</source>
        <translation>Запрошення мовою: %1</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/week_page.py" line="203"/>
        <source>Koszty</source>
        <translation>Витрати</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/week_page.py" line="206"/>
        <source>Pozycja</source>
        <translation>Позиція</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/week_page.py" line="206"/>
        <source>Kategoria</source>
        <translation>Категорія</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/week_page.py" line="206"/>
        <source>Źródło</source>
        <translation>Джерело</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/week_page.py" line="207"/>
        <source>Ilość</source>
        <translation>Кількість</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/week_page.py" line="207"/>
        <source>Cena (zł)</source>
        <translation>Ціна (zł)</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/week_page.py" line="207"/>
        <source>Kwota</source>
        <translation>Сума</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/week_page.py" line="208"/>
        <source>Koszty tygodnia</source>
        <translation>Витрати тижня</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/week_page.py" line="221"/>
        <source>Koszt tygodnia razem</source>
        <translation>Загальна вартість тижня</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/week_page.py" line="252"/>
        <source>✓ Zapisano w planie działania</source>
        <translation>✓ Збережено в плані дій</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/week_page.py" line="253"/>
        <source>Projekt zapisany — nie ma go jeszcze w planie</source>
        <translation>Проєкт збережено — його ще немає в плані</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/week_page.py" line="254"/>
        <source>Propozycja — niezapisana</source>
        <translation>Пропозиція — не збережено</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/week_page.py" line="278"/>
        <source>Źródło finansowania: %1</source>
        <translation>Джерело фінансування: %1</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/week_page.py" line="284"/>
        <source>Ilość: %1</source>
        <translation>Кількість: %1</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/week_page.py" line="289"/>
        <source>Cena jednostkowa: %1</source>
        <translation>Ціна за одиницю: %1</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/week_page.py" line="310"/>
        <source>Razem: %1</source>
        <translation>Разом: %1</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/week_page.py" line="319"/>
        <source>%1 — %2: wybierz dzień nauki szkolnej.</source>
        <translation>%1 — %2: виберіть навчальний день.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/week_page.py" line="331"/>
        <source>Niezapisane zmiany</source>
        <translation>Незбережені зміни</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/week_page.py" line="362"/>
        <source>Nie zapisano</source>
        <translation>Не збережено</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/week_page.py" line="380"/>
        <source>Nie zapisano w planie:</source>
        <translation>Не збережено в плані:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/week_page.py" line="386"/>
        <source>✓ Zapisano w planie działania: %1 (%2)</source>
        <translation>✓ Збережено в плані дій: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/week_page.py" line="394"/>
        <source>Zapisz „Tydzień dla wszystkich”</source>
        <translation>Зберегти «Тиждень для всіх»</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/week_page.py" line="401"/>
        <source>Nie zapisano PDF:</source>
        <translation>PDF не збережено:</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/week_page.py" line="406"/>
        <source>✓ Zapisano PDF: %1</source>
        <translation>✓ PDF збережено: %1</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/week_page.py" line="432"/>
        <source>Program tygodnia</source>
        <translation>Програма тижня</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/documents/week_page.py" line="435"/>
        <source>Zaproszenie — %1</source>
        <translation>Запрошення — %1</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../edulab_app/ui/welcome_page.py" line="18"/>
        <source>&lt;h1&gt;Szkoła włączająca krok po kroku&lt;/h1&gt;</source>
        <translation>&lt;h1&gt;Інклюзивна школа крок за кроком&lt;/h1&gt;</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/welcome_page.py" line="20"/>
        <source>Ten program prowadzi szkołę przez diagnozę potrzeb i zasobów, pomaga ułożyć kilkuletni plan działania z harmonogramem, kadrą i kosztami oraz śledzić jego realizację.

Zacznij od dodania swojej szkoły albo obejrzyj gotową szkołę demonstracyjną.</source>
        <translation>Ця програма проводить школу через діагностику потреб і ресурсів, допомагає скласти багаторічний план дій із графіком, персоналом і витратами та відстежувати його виконання.

Почніть із додавання своєї школи або перегляньте готову демонстраційну школу.</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/welcome_page.py" line="25"/>
        <source>Otwórz &amp;szkołę demonstracyjną</source>
        <translation>Відкрити &amp;демонстраційну школу</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/welcome_page.py" line="26"/>
        <source>Otwórz szkołę demonstracyjną</source>
        <translation>Відкрити демонстраційну школу</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/welcome_page.py" line="28"/>
        <source>&amp;Dodaj swoją szkołę…</source>
        <translation>&amp;Додати свою школу…</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/welcome_page.py" line="29"/>
        <source>Dodaj swoją szkołę</source>
        <translation>Додати свою школу</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/welcome_page.py" line="32"/>
        <source>Jestem &amp;ekspertem EDUlab — przeglądam plany szkół</source>
        <translation>Я &amp;експерт EDUlab — розглядаю плани шкіл</translation>
    </message>
    <message>
        <location filename="../../edulab_app/ui/welcome_page.py" line="33"/>
        <source>Przestrzeń robocza eksperta EDUlab</source>
        <translation>Робочий простір експерта EDUlab</translation>
    </message>
</context>
</TS>
