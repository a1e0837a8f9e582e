<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AssessmentDialog</name>
    <message>
        <location filename="../../recp_desktop/ui/dialogs.py" line="130"/>
        <source>New assessment</source>
        <translation>Новая оценка</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/dialogs.py" line="139"/>
        <source>Full RECP assessment</source>
        <translation>Полная оценка РЭЧП</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/dialogs.py" line="140"/>
        <source>RECP Club self-audit</source>
        <translation>Самоаудит клуба РЭЧП</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/dialogs.py" line="142"/>
        <source>RECP assessment {year}</source>
        <translation>Оценка РЭЧП {year}</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/dialogs.py" line="149"/>
        <source>Names and roles, separated by commas</source>
        <translation>Имена и роли через запятую</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/dialogs.py" line="155"/>
        <source>&amp;Company:</source>
        <translation>&amp;Компания:</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/dialogs.py" line="156"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/dialogs.py" line="157"/>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/dialogs.py" line="158"/>
        <source>&amp;Starts:</source>
        <translation>&amp;Начало:</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/dialogs.py" line="159"/>
        <source>&amp;Ends:</source>
        <translation>&amp;Окончание:</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/dialogs.py" line="160"/>
        <source>T&amp;eam:</source>
        <translation>Ко&amp;манда:</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/dialogs.py" line="161"/>
        <source>C&amp;urrency:</source>
        <translation>&amp;Валюта:</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/dialogs.py" line="163"/>
        <source>Create a company first.</source>
        <translation>Сначала создайте компанию.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/dialogs.py" line="175"/>
        <source>The assessment cannot end before it starts.</source>
        <translation>Оценка не может закончиться раньше, чем начнётся.</translation>
    </message>
</context>
<context>
    <name>AssessmentListModel</name>
    <message>
        <location filename="../../recp_desktop/ui/home.py" line="76"/>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/home.py" line="77"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/home.py" line="78"/>
        <source>Assessment</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/home.py" line="79"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/home.py" line="80"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/home.py" line="81"/>
        <source>Answered</source>
        <translation>Отвечено</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/home.py" line="92"/>
        <source>No assessment yet: select the company and press New assessment.</source>
        <translation>Оценок пока нет: выберите компанию и нажмите «Новая оценка».</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/home.py" line="101"/>
        <source>— no assessment yet —</source>
        <translation>— оценок пока нет —</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/home.py" line="107"/>
        <source>Full RECP assessment</source>
        <translation>Полная оценка РЭЧП</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/home.py" line="109"/>
        <source>RECP Club self-audit</source>
        <translation>Самоаудит клуба РЭЧП</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/home.py" line="113"/>
        <source>Planned</source>
        <translation>Запланирована</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/home.py" line="114"/>
        <source>In progress</source>
        <translation>В работе</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/home.py" line="115"/>
        <source>Completed</source>
        <translation>Завершена</translation>
    </message>
</context>
<context>
    <name>BaselineModel</name>
    <message>
        <location filename="../../recp_desktop/ui/baseline_page.py" line="63"/>
        <source>Line</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/baseline_page.py" line="64"/>
        <source>Annual quantity</source>
        <translation>Годовое количество</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/baseline_page.py" line="65"/>
        <source>Unit</source>
        <translation>Ед. изм.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/baseline_page.py" line="66"/>
        <source>Annual cost, {currency}</source>
        <translation>Годовые затраты, {currency}</translation>
    </message>
</context>
<context>
    <name>BaselinePage</name>
    <message>
        <location filename="../../recp_desktop/ui/baseline_page.py" line="231"/>
        <source>Baseline</source>
        <translation>Исходные данные</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/baseline_page.py" line="234"/>
        <source>Annual figures for the baseline year. Pick the unit the plant&apos;s bills use (e.g. Gcal for heat); costs are in the assessment&apos;s currency.</source>
        <translation>Годовые показатели базового года. Выберите единицу, в которой выставлены счета предприятия (например, Гкал для тепла); затраты — в валюте оценки.</translation>
    </message>
</context>
<context>
    <name>ChecklistModel</name>
    <message>
        <location filename="../../recp_desktop/ui/checklist_model.py" line="139"/>
        <source>Group</source>
        <translation>Раздел</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/checklist_model.py" line="140"/>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/checklist_model.py" line="141"/>
        <source>Answer</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/checklist_model.py" line="142"/>
        <source>Unit</source>
        <translation>Ед. изм.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/checklist_model.py" line="143"/>
        <source>Opportunity</source>
        <translation>Возможность</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/checklist_model.py" line="144"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/checklist_model.py" line="145"/>
        <source>Photos</source>
        <translation>Фото</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/checklist_model.py" line="182"/>
        <source>Not saved yet: the disk refused the write; retrying.</source>
        <translation>Ещё не сохранено: диск отказал в записи; повторяем попытку.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/checklist_model.py" line="278"/>
        <source>Not a number: type e.g. 12.5 or 12.5 {unit}. Nothing was saved.</source>
        <translation>Это не число: введите, например, 12,5 или 12,5 {unit}. Ничего не сохранено.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/checklist_model.py" line="281"/>
        <source>Unknown unit {unit}. Nothing was saved.</source>
        <translation>Неизвестная единица {unit}. Ничего не сохранено.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/checklist_model.py" line="284"/>
        <source>{unit} does not measure the same thing as {expected}. Nothing was saved.</source>
        <translation>{unit} измеряет не то же, что {expected}. Ничего не сохранено.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/checklist_model.py" line="289"/>
        <source>The value must be at least {limit} {unit}. Nothing was saved.</source>
        <translation>Значение должно быть не меньше {limit} {unit}. Ничего не сохранено.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/checklist_model.py" line="291"/>
        <source>The value must be at most {limit} {unit}. Nothing was saved.</source>
        <translation>Значение должно быть не больше {limit} {unit}. Ничего не сохранено.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/checklist_model.py" line="294"/>
        <source>This answer does not fit the question. Nothing was saved.</source>
        <translation>Этот ответ не подходит к вопросу. Ничего не сохранено.</translation>
    </message>
</context>
<context>
    <name>ChecklistPage</name>
    <message>
        <location filename="../../recp_desktop/ui/checklist_page.py" line="140"/>
        <source>CP techniques:</source>
        <translation>Методы ЧП:</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/checklist_page.py" line="147"/>
        <source>Quick-win calculator:</source>
        <translation>Калькулятор быстрых решений:</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/checklist_page.py" line="155"/>
        <source>Type a number, optionally with a unit, e.g. 12.5 {unit}.</source>
        <translation>Введите число, при желании с единицей, например 12,5 {unit}.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/checklist_page.py" line="181"/>
        <source>Add photos</source>
        <translation>Добавить фото</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/checklist_page.py" line="183"/>
        <source>Images ({patterns})</source>
        <translation>Изображения ({patterns})</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/checklist_page.py" line="198"/>
        <source>Photo refused: {reason}</source>
        <translation>Фото не принято: {reason}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../recp_desktop/ui/checklist_page.py" line="202"/>
        <source>%n photo(s) added.</source>
        <translation>
            <numerusform>Добавлено %n фото.</numerusform>
            <numerusform>Добавлено %n фото.</numerusform>
            <numerusform>Добавлено %n фото.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/checklist_page.py" line="236"/>
        <source>Photos of this question (drop image files here):</source>
        <translation>Фото к этому вопросу (перетащите сюда файлы изображений):</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/checklist_page.py" line="237"/>
        <source>Add photo…</source>
        <translation>Добавить фото…</translation>
    </message>
</context>
<context>
    <name>CompanyDialog</name>
    <message>
        <location filename="../../recp_desktop/ui/dialogs.py" line="71"/>
        <source>New company</source>
        <translation>Новая компания</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/dialogs.py" line="80"/>
        <source>e.g. 10.51</source>
        <translation>например, 10.51</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/dialogs.py" line="87"/>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/dialogs.py" line="88"/>
        <source>&amp;Country:</source>
        <translation>&amp;Страна:</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/dialogs.py" line="89"/>
        <source>&amp;Region:</source>
        <translation>&amp;Регион:</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/dialogs.py" line="90"/>
        <source>C&amp;ity:</source>
        <translation>&amp;Город:</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/dialogs.py" line="91"/>
        <source>NACE &amp;sector:</source>
        <translation>&amp;Отрасль (NACE):</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/dialogs.py" line="92"/>
        <source>&amp;Employees:</source>
        <translation>&amp;Сотрудников:</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/dialogs.py" line="93"/>
        <source>&amp;Products:</source>
        <translation>&amp;Продукция:</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/dialogs.py" line="94"/>
        <source>Eco-industrial &amp;park:</source>
        <translation>Эко&amp;индустриальный парк:</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/dialogs.py" line="99"/>
        <source>The company needs a name.</source>
        <translation>Укажите название компании.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../recp_desktop/ui/crash_dialog.py" line="23"/>
        <source>Something went wrong</source>
        <translation>Что-то пошло не так</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/crash_dialog.py" line="27"/>
        <source>An unexpected error occurred. Your saved work is safe: every answer is stored the moment it is made. The details were written to the log file:</source>
        <translation>Произошла непредвиденная ошибка. Сохранённые данные в безопасности: каждый ответ записывается в момент ввода. Подробности записаны в журнал:</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/crash_dialog.py" line="36"/>
        <source>Copy details</source>
        <translation>Копировать подробности</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../recp_desktop/ui/home.py" line="236"/>
        <source>Companies and assessments</source>
        <translation>Компании и оценки</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/home.py" line="237"/>
        <source>Search by company, city, sector or team…</source>
        <translation>Поиск по компании, городу, отрасли или команде…</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/home.py" line="238"/>
        <source>New company…</source>
        <translation>Новая компания…</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/home.py" line="239"/>
        <source>New assessment…</source>
        <translation>Новая оценка…</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/home.py" line="242"/>
        <source>No companies yet.

Create a company with New company…, or look around a demo company with a partly filled assessment.</source>
        <translation>Компаний пока нет.

Создайте компанию кнопкой «Новая компания…» или посмотрите демонстрационную компанию с частично заполненной оценкой.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/home.py" line="246"/>
        <source>Create demo company</source>
        <translation>Создать демо-компанию</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../recp_desktop/ui/labels.py" line="10"/>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/labels.py" line="11"/>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/labels.py" line="12"/>
        <source>Not applicable</source>
        <translation>Неприменимо</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/labels.py" line="18"/>
        <source>Good housekeeping</source>
        <translation>Рациональное ведение хозяйства</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/labels.py" line="19"/>
        <source>Input material change</source>
        <translation>Замена исходных материалов</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/labels.py" line="20"/>
        <source>Better process control</source>
        <translation>Улучшение управления процессом</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/labels.py" line="21"/>
        <source>Equipment modification</source>
        <translation>Модификация оборудования</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/labels.py" line="22"/>
        <source>Technology change</source>
        <translation>Смена технологии</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/labels.py" line="23"/>
        <source>On-site recovery and reuse</source>
        <translation>Рекуперация и повторное использование на месте</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/labels.py" line="24"/>
        <source>Production of useful by-products</source>
        <translation>Производство полезной побочной продукции</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/labels.py" line="27"/>
        <source>Product modification</source>
        <translation>Модификация продукции</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/labels.py" line="33"/>
        <source>Energy</source>
        <translation>Энергия</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/labels.py" line="34"/>
        <source>Water</source>
        <translation>Вода</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/labels.py" line="35"/>
        <source>Materials</source>
        <translation>Материалы</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/labels.py" line="36"/>
        <source>Waste</source>
        <translation>Отходы</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/labels.py" line="42"/>
        <source>Compressed-air leak</source>
        <translation>Утечка сжатого воздуха</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/labels.py" line="43"/>
        <source>Compressor pressure reduction</source>
        <translation>Снижение давления компрессора</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/labels.py" line="46"/>
        <source>Steam leak</source>
        <translation>Утечка пара</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/labels.py" line="47"/>
        <source>Water leak</source>
        <translation>Утечка воды</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/labels.py" line="48"/>
        <source>Lighting</source>
        <translation>Освещение</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/labels.py" line="49"/>
        <source>Idle electrical load</source>
        <translation>Холостая электрическая нагрузка</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/labels.py" line="50"/>
        <source>Pipe insulation</source>
        <translation>Изоляция трубопроводов</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/labels.py" line="56"/>
        <source>Full RECP assessment</source>
        <translation>Полная оценка РЭЧП</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/labels.py" line="58"/>
        <source>RECP Club self-audit</source>
        <translation>Самоаудит клуба РЭЧП</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/labels.py" line="64"/>
        <source>Planned</source>
        <translation>Запланирована</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/labels.py" line="65"/>
        <source>In progress</source>
        <translation>В работе</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/labels.py" line="66"/>
        <source>Completed</source>
        <translation>Завершена</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../recp_desktop/ui/main_window.py" line="141"/>
        <source>Backup restored.</source>
        <translation>Резервная копия восстановлена.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/main_window.py" line="249"/>
        <source>New company</source>
        <translation>Новая компания</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/main_window.py" line="250"/>
        <source>Start an assessment of {name} now?</source>
        <translation>Начать оценку компании {name} сейчас?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../recp_desktop/ui/main_window.py" line="281"/>
        <source>%n answer(s) waiting to be saved.</source>
        <translation>
            <numerusform>%n ответ ожидает сохранения.</numerusform>
            <numerusform>%n ответа ожидают сохранения.</numerusform>
            <numerusform>%n ответов ожидают сохранения.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/main_window.py" line="284"/>
        <source>All changes saved at {time}</source>
        <translation>Все изменения сохранены в {time}</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/main_window.py" line="288"/>
        <source>Not saved — retrying</source>
        <translation>Не сохранено — повторяем</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/main_window.py" line="316"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/main_window.py" line="317"/>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/main_window.py" line="318"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/main_window.py" line="319"/>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/main_window.py" line="320"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/main_window.py" line="321"/>
        <source>&amp;Home</source>
        <translation>&amp;Главная</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/main_window.py" line="322"/>
        <source>New &amp;company…</source>
        <translation>Новая &amp;компания…</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/main_window.py" line="323"/>
        <source>New &amp;assessment…</source>
        <translation>Новая &amp;оценка…</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/main_window.py" line="324"/>
        <source>Create &amp;demo company</source>
        <translation>Создать &amp;демо-компанию</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/main_window.py" line="325"/>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/main_window.py" line="326"/>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Восстановить из резервной копии…</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/main_window.py" line="327"/>
        <source>&amp;About RECP Desktop</source>
        <translation>&amp;О программе RECP Desktop</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/main_window.py" line="328"/>
        <source>Main toolbar</source>
        <translation>Главная панель</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/main_window.py" line="329"/>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/main_window.py" line="330"/>
        <source>Redo</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/main_window.py" line="331"/>
        <source>Opening {folder}…</source>
        <translation>Открываем {folder}…</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/main_window.py" line="333"/>
        <source>Data: {path}</source>
        <translation>Данные: {path}</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/main_window.py" line="337"/>
        <source>No changes yet</source>
        <translation>Изменений пока нет</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/main_window.py" line="343"/>
        <source>About RECP Desktop</source>
        <translation>О программе RECP Desktop</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/main_window.py" line="345"/>
        <source>&lt;b&gt;RECP Desktop {version}&lt;/b&gt;&lt;p&gt;Resource Efficient and Cleaner Production audits, offline.&lt;/p&gt;&lt;p&gt;Data folder: {folder}&lt;/p&gt;&lt;p&gt;Log folder: {logs}&lt;/p&gt;&lt;p&gt;Device: {device}&lt;/p&gt;</source>
        <translation>&lt;b&gt;RECP Desktop {version}&lt;/b&gt;&lt;p&gt;Аудиты ресурсоэффективного и более чистого производства (РЭЧП) без подключения к сети.&lt;/p&gt;&lt;p&gt;Папка данных: {folder}&lt;/p&gt;&lt;p&gt;Папка журналов: {logs}&lt;/p&gt;&lt;p&gt;Устройство: {device}&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/main_window.py" line="362"/>
        <source>Unsaved answers</source>
        <translation>Несохранённые ответы</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/main_window.py" line="364"/>
        <source>Some answers could not be saved because the disk refuses writes. Quit anyway and lose them?</source>
        <translation>Некоторые ответы не удалось сохранить: диск не принимает запись. Всё равно выйти и потерять их?</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../recp_desktop/ui/overview_page.py" line="56"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/overview_page.py" line="57"/>
        <source>Region, city</source>
        <translation>Регион, город</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/overview_page.py" line="58"/>
        <source>NACE sector</source>
        <translation>Отрасль (NACE)</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/overview_page.py" line="59"/>
        <source>Employees</source>
        <translation>Сотрудников</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/overview_page.py" line="60"/>
        <source>Products</source>
        <translation>Продукция</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/overview_page.py" line="61"/>
        <source>Eco-industrial park</source>
        <translation>Экоиндустриальный парк</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/overview_page.py" line="62"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/overview_page.py" line="63"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/overview_page.py" line="64"/>
        <source>Dates</source>
        <translation>Сроки</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/overview_page.py" line="65"/>
        <source>Team</source>
        <translation>Команда</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/overview_page.py" line="66"/>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/overview_page.py" line="77"/>
        <source>Checklists</source>
        <translation>Чек-листы</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../recp_desktop/ui/backup_dialog.py" line="26"/>
        <source>Daily</source>
        <translation>Ежедневная</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/backup_dialog.py" line="27"/>
        <source>Before upgrade</source>
        <translation>Перед обновлением</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/backup_dialog.py" line="28"/>
        <source>Before a restore</source>
        <translation>Перед восстановлением</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/backup_dialog.py" line="29"/>
        <source>Manual</source>
        <translation>Вручную</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/backup_dialog.py" line="38"/>
        <location filename="../../recp_desktop/ui/backup_dialog.py" line="94"/>
        <source>Restore from backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/backup_dialog.py" line="43"/>
        <source>Pick a backup to go back to. The current database is kept as a backup too, so a restore can itself be undone.</source>
        <translation>Выберите резервную копию для возврата. Текущая база данных тоже сохраняется как резервная копия, поэтому восстановление можно отменить.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/backup_dialog.py" line="49"/>
        <source>Taken</source>
        <translation>Создана</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/backup_dialog.py" line="49"/>
        <source>Why</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/backup_dialog.py" line="49"/>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/backup_dialog.py" line="68"/>
        <source>Restore…</source>
        <translation>Восстановить…</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/backup_dialog.py" line="78"/>
        <source>There are no backups yet.</source>
        <translation>Резервных копий пока нет.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/backup_dialog.py" line="96"/>
        <source>Replace the current data with the backup taken {when}? The current data is kept as a backup.</source>
        <translation>Заменить текущие данные резервной копией от {when}? Текущие данные будут сохранены как резервная копия.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../recp_desktop/ui/workspace.py" line="108"/>
        <source>Overview</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/workspace.py" line="109"/>
        <source>Baseline</source>
        <translation>Исходные данные</translation>
    </message>
</context>
<context>
    <name>model</name>
    <message>
        <location filename="../../recp_desktop/ui/checklist_model.py" line="50"/>
        <source>answer to {question}</source>
        <translation>ответ на {question}</translation>
    </message>
</context>
</TS>
