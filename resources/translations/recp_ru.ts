<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AssessmentDialog</name>
    <message>
        <location filename="../../recp_desktop/ui/dialogs.py" line="251"/>
        <source>New assessment</source>
        <translation>Новая оценка</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/dialogs.py" line="251"/>
        <source>Edit assessment</source>
        <translation>Изменение оценки</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/dialogs.py" line="262"/>
        <source>Full RECP assessment</source>
        <translation>Полная оценка РЭЧП</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/dialogs.py" line="263"/>
        <source>RECP Club self-audit</source>
        <translation>Самоаудит клуба РЭЧП</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/dialogs.py" line="265"/>
        <source>RECP assessment {year}</source>
        <translation>Оценка РЭЧП {year}</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/dialogs.py" line="272"/>
        <source>Names and roles, separated by commas</source>
        <translation>Имена и роли через запятую</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/dialogs.py" line="279"/>
        <source>&amp;Company:</source>
        <translation>&amp;Компания:</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/dialogs.py" line="280"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/dialogs.py" line="281"/>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/dialogs.py" line="282"/>
        <source>&amp;Starts:</source>
        <translation>&amp;Начало:</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/dialogs.py" line="283"/>
        <source>&amp;Ends:</source>
        <translation>&amp;Окончание:</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/dialogs.py" line="284"/>
        <source>T&amp;eam:</source>
        <translation>Ко&amp;манда:</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/dialogs.py" line="285"/>
        <source>C&amp;urrency:</source>
        <translation>&amp;Валюта:</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/dialogs.py" line="302"/>
        <source>Costs and savings are recorded in this currency; it cannot change.</source>
        <translation>Затраты и экономия записаны в этой валюте; её нельзя изменить.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/dialogs.py" line="305"/>
        <source>St&amp;atus:</source>
        <translation>С&amp;татус:</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/dialogs.py" line="310"/>
        <source>Create a company first.</source>
        <translation>Сначала создайте компанию.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/dialogs.py" line="350"/>
        <source>The assessment cannot end before it starts.</source>
        <translation>Оценка не может закончиться раньше, чем начнётся.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/dialogs.py" line="308"/>
        <source>Chec&amp;klists:</source>
        <translation>Чек-&amp;листы:</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/dialogs.py" line="330"/>
        <source>Every assessment uses the four area checklists.</source>
        <translation>Каждая оценка использует четыре чек-листа по направлениям.</translation>
    </message>
</context>
<context>
    <name>AssessmentListModel</name>
    <message>
        <location filename="../../recp_desktop/ui/home.py" line="119"/>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/home.py" line="120"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/home.py" line="121"/>
        <source>Assessment</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/home.py" line="122"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/home.py" line="123"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/home.py" line="124"/>
        <source>Answered</source>
        <translation>Отвечено</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/home.py" line="135"/>
        <source>No assessment yet: select the company and press New assessment.</source>
        <translation>Оценок пока нет: выберите компанию и нажмите «Новая оценка».</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/home.py" line="144"/>
        <source>— no assessment yet —</source>
        <translation>— оценок пока нет —</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/home.py" line="150"/>
        <source>Full RECP assessment</source>
        <translation>Полная оценка РЭЧП</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/home.py" line="152"/>
        <source>RECP Club self-audit</source>
        <translation>Самоаудит клуба РЭЧП</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/home.py" line="156"/>
        <source>Planned</source>
        <translation>Запланирована</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/home.py" line="157"/>
        <source>In progress</source>
        <translation>В работе</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/home.py" line="158"/>
        <source>Completed</source>
        <translation>Завершена</translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <location filename="../../recp_desktop/ui/club_attendance.py" line="54"/>
        <source>attended</source>
        <translation>присутствовал(а)</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_attendance.py" line="54"/>
        <source>absent</source>
        <translation>отсутствовал(а)</translation>
    </message>
</context>
<context>
    <name>AttendanceView</name>
    <message>
        <location filename="../../recp_desktop/ui/club_attendance.py" line="136"/>
        <source>Attendance</source>
        <translation>Посещаемость</translation>
    </message>
</context>
<context>
    <name>BaselineModel</name>
    <message>
        <location filename="../../recp_desktop/ui/baseline_page.py" line="90"/>
        <source>Line</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/baseline_page.py" line="91"/>
        <source>Annual quantity</source>
        <translation>Годовое количество</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/baseline_page.py" line="92"/>
        <source>Unit</source>
        <translation>Ед. изм.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/baseline_page.py" line="93"/>
        <source>Annual cost, {currency}</source>
        <translation>Годовые затраты, {currency}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../recp_desktop/ui/baseline_page.py" line="129"/>
        <source>The sum of %n monthly bill(s), kept with the line.</source>
        <translation>
            <numerusform>Сумма %n месячного счёта, хранится вместе со строкой.</numerusform>
            <numerusform>Сумма %n месячных счетов, хранятся вместе со строкой.</numerusform>
            <numerusform>Сумма %n месячных счетов, хранятся вместе со строкой.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/baseline_page.py" line="176"/>
        <source>a negative figure cannot be saved.</source>
        <translation>отрицательное значение нельзя сохранить.</translation>
    </message>
</context>
<context>
    <name>BaselinePage</name>
    <message>
        <location filename="../../recp_desktop/ui/baseline_page.py" line="335"/>
        <source>Baseline</source>
        <translation>Исходные данные</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/baseline_page.py" line="338"/>
        <source>Annual figures for the baseline year. Pick the unit the plant&apos;s bills use (e.g. Gcal for heat); costs are in the assessment&apos;s currency.</source>
        <translation>Годовые показатели базового года. Выберите единицу, в которой выставлены счета предприятия (например, Гкал для тепла); затраты — в валюте оценки.</translation>
    </message>
</context>
<context>
    <name>BillsModel</name>
    <message>
        <location filename="../../recp_desktop/ui/club_bills_model.py" line="92"/>
        <source>Amount, {unit}</source>
        <translation>Количество, {unit}</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_bills_model.py" line="93"/>
        <source>Cost, {currency}</source>
        <translation>Сумма, {currency}</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_bills_model.py" line="95"/>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_bills_model.py" line="136"/>
        <source>a negative figure cannot be saved.</source>
        <translation>отрицательное число сохранить нельзя.</translation>
    </message>
</context>
<context>
    <name>Calculator</name>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="14"/>
        <source>Method</source>
        <translation>Метод</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="15"/>
        <source>Hole diameter</source>
        <translation>Диаметр отверстия</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="16"/>
        <source>Pressure (gauge)</source>
        <translation>Давление (избыточное)</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="17"/>
        <source>Discharge coefficient</source>
        <translation>Коэффициент расхода</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="18"/>
        <source>Air temperature</source>
        <translation>Температура воздуха</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="19"/>
        <source>Atmospheric pressure</source>
        <translation>Атмосферное давление</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="20"/>
        <source>Bag volume</source>
        <translation>Объём мешка</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="21"/>
        <source>Bag diameter</source>
        <translation>Диаметр мешка</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="22"/>
        <source>Bag height</source>
        <translation>Высота мешка</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="23"/>
        <source>Time to fill the bag</source>
        <translation>Время заполнения мешка</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="24"/>
        <source>Flow of one leak</source>
        <translation>Расход одной утечки</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="25"/>
        <source>Number of leaks</source>
        <translation>Число утечек</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="26"/>
        <source>Hours per year</source>
        <translation>Часов в год</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="27"/>
        <source>Compressor type</source>
        <translation>Тип компрессора</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="28"/>
        <source>Specific power</source>
        <translation>Удельная мощность</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="29"/>
        <source>Control adjustment</source>
        <translation>Поправка на регулирование</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="30"/>
        <source>Electricity price</source>
        <translation>Цена электроэнергии</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="31"/>
        <source>Country (grid CO2 factor)</source>
        <translation>Страна (коэффициент CO2 сети)</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="32"/>
        <source>CO2 emission factor</source>
        <translation>Коэффициент выбросов CO2</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="33"/>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="129"/>
        <source>Power</source>
        <translation>Мощность</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="34"/>
        <source>Present pressure (gauge)</source>
        <translation>Текущее давление (избыточное)</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="35"/>
        <source>New pressure (gauge)</source>
        <translation>Новое давление (избыточное)</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="36"/>
        <source>Discharges to</source>
        <translation>Куда выходит</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="37"/>
        <source>Make-up water temperature</source>
        <translation>Температура подпиточной воды</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="40"/>
        <source>Steam price</source>
        <translation>Цена пара</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="41"/>
        <source>Boiler efficiency</source>
        <translation>КПД котла</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="42"/>
        <source>Fuel</source>
        <translation>Топливо</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="43"/>
        <source>Fuel price</source>
        <translation>Цена топлива</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="44"/>
        <source>Drips per minute</source>
        <translation>Капель в минуту</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="45"/>
        <source>Volume of one drip</source>
        <translation>Объём одной капли</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="46"/>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="94"/>
        <source>Measured flow</source>
        <translation>Измеренный расход</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="47"/>
        <source>Volume collected</source>
        <translation>Собранный объём</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="48"/>
        <source>Time to collect it</source>
        <translation>Время сбора</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="49"/>
        <source>Water price</source>
        <translation>Цена воды</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="50"/>
        <source>Wastewater price</source>
        <translation>Цена отведения сточных вод</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="51"/>
        <source>Fixtures</source>
        <translation>Светильники</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="52"/>
        <source>Lamps per fixture</source>
        <translation>Ламп в светильнике</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="53"/>
        <source>Lamp power</source>
        <translation>Мощность лампы</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="54"/>
        <source>Ballast factor</source>
        <translation>Коэффициент ПРА</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="55"/>
        <source>New lamp power</source>
        <translation>Мощность новой лампы</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="56"/>
        <source>New ballast factor</source>
        <translation>Новый коэффициент ПРА</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="57"/>
        <source>New hours per year</source>
        <translation>Новое число часов в год</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="58"/>
        <source>Voltage</source>
        <translation>Напряжение</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="59"/>
        <source>Current</source>
        <translation>Ток</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="60"/>
        <source>Power factor</source>
        <translation>Коэффициент мощности</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="61"/>
        <source>Phases</source>
        <translation>Фазы</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="62"/>
        <source>Load factor</source>
        <translation>Коэффициент загрузки</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="63"/>
        <source>Outside diameter</source>
        <translation>Наружный диаметр</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="64"/>
        <source>Length</source>
        <translation>Длина</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="65"/>
        <source>Surface temperature</source>
        <translation>Температура поверхности</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="66"/>
        <source>Ambient temperature</source>
        <translation>Температура окружающей среды</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="67"/>
        <source>Wind speed</source>
        <translation>Скорость ветра</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="68"/>
        <source>Emissivity</source>
        <translation>Степень черноты</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="69"/>
        <source>Insulation thickness</source>
        <translation>Толщина изоляции</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="70"/>
        <source>Insulation conductivity</source>
        <translation>Теплопроводность изоляции</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="73"/>
        <source>Jacket emissivity</source>
        <translation>Степень черноты покровного слоя</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="74"/>
        <source>Investment</source>
        <translation>Инвестиции</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="75"/>
        <source>Annual saving</source>
        <translation>Годовая экономия</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="76"/>
        <source>Lifetime</source>
        <translation>Срок службы</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="77"/>
        <source>Discount rate</source>
        <translation>Ставка дисконтирования</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="84"/>
        <source>Hole size and pressure</source>
        <translation>Размер отверстия и давление</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="85"/>
        <source>Bag filling time</source>
        <translation>Время заполнения мешка</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="86"/>
        <source>Estimated flow</source>
        <translation>Оценка расхода</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="87"/>
        <source>Reciprocating</source>
        <translation>Поршневой</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="88"/>
        <source>Oil-injected screw</source>
        <translation>Маслозаполненный винтовой</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="89"/>
        <source>Oil-free screw</source>
        <translation>Безмасляный винтовой</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="90"/>
        <source>Centrifugal</source>
        <translation>Центробежный</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="91"/>
        <source>Atmosphere</source>
        <translation>Атмосфера</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="92"/>
        <source>Closed condensate return</source>
        <translation>Закрытый возврат конденсата</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="93"/>
        <source>Counted drips</source>
        <translation>Подсчёт капель</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="95"/>
        <source>Natural gas</source>
        <translation>Природный газ</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="96"/>
        <source>Diesel / gas oil</source>
        <translation>Дизельное топливо / газойль</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="97"/>
        <source>Fuel oil (mazut)</source>
        <translation>Мазут</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="98"/>
        <source>LPG</source>
        <translation>СУГ (сжиженный газ)</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="99"/>
        <source>Gasoline</source>
        <translation>Бензин</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="100"/>
        <source>Kerosene</source>
        <translation>Керосин</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="101"/>
        <source>Anthracite</source>
        <translation>Антрацит</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="102"/>
        <source>Bituminous coal</source>
        <translation>Каменный уголь</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="103"/>
        <source>Sub-bituminous coal</source>
        <translation>Полубитуминозный уголь</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="104"/>
        <source>Lignite</source>
        <translation>Бурый уголь</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="105"/>
        <source>Peat</source>
        <translation>Торф</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="106"/>
        <source>Coke</source>
        <translation>Кокс</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="107"/>
        <source>Petroleum coke</source>
        <translation>Нефтяной кокс</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="108"/>
        <source>Coke oven gas</source>
        <translation>Коксовый газ</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="109"/>
        <source>Blast furnace gas</source>
        <translation>Доменный газ</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="110"/>
        <source>Wood</source>
        <translation>Древесина</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="111"/>
        <source>Single phase</source>
        <translation>Однофазная</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="112"/>
        <source>Three phase</source>
        <translation>Трёхфазная</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="119"/>
        <source>Flow</source>
        <translation>Расход</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="120"/>
        <source>Volume per year</source>
        <translation>Объём в год</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="121"/>
        <source>Energy saved per year</source>
        <translation>Экономия энергии в год</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="122"/>
        <source>Money saved per year</source>
        <translation>Экономия средств в год</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="123"/>
        <source>CO2 avoided per year</source>
        <translation>Предотвращённые выбросы CO2 в год</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="124"/>
        <source>Power after the change</source>
        <translation>Мощность после изменения</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="125"/>
        <source>Steam lost</source>
        <translation>Потери пара</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="126"/>
        <source>Steam per year</source>
        <translation>Пар в год</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="127"/>
        <source>Energy per year before</source>
        <translation>Энергия в год до</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="128"/>
        <source>Energy per year after</source>
        <translation>Энергия в год после</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="130"/>
        <source>Heat loss, bare</source>
        <translation>Теплопотери без изоляции</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="131"/>
        <source>Heat loss, insulated</source>
        <translation>Теплопотери с изоляцией</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="132"/>
        <source>Jacket temperature</source>
        <translation>Температура покровного слоя</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="133"/>
        <source>Simple payback</source>
        <translation>Простой срок окупаемости</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="134"/>
        <source>Net present value</source>
        <translation>Чистая приведённая стоимость</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="135"/>
        <source>Internal rate of return</source>
        <translation>Внутренняя норма доходности</translation>
    </message>
</context>
<context>
    <name>CalculatorDialog</name>
    <message>
        <location filename="../../recp_desktop/ui/calculator_dialog.py" line="156"/>
        <source>Record as a cleaner-production option</source>
        <translation>Записать как мероприятие по чистому производству</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_dialog.py" line="169"/>
        <source>Add as option</source>
        <translation>Добавить как мероприятие</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_dialog.py" line="173"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_dialog.py" line="174"/>
        <source>CP technique</source>
        <translation>Метод ЧП</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_dialog.py" line="176"/>
        <source>Investment ({currency})</source>
        <translation>Инвестиции ({currency})</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_dialog.py" line="178"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_dialog.py" line="193"/>
        <source>e.g. {example}</source>
        <translation>например, {example}</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_dialog.py" line="198"/>
        <source>A whole number.</source>
        <translation>Целое число.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_dialog.py" line="205"/>
        <source>A number with any unit of the same kind as {unit}.</source>
        <translation>Число с любой единицей того же рода, что и {unit}.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_dialog.py" line="272"/>
        <source>Fill in the highlighted input to see the savings.</source>
        <translation>Заполните выделенное поле, чтобы увидеть экономию.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_dialog.py" line="298"/>
        <source>What fixing it saves</source>
        <translation>Что даёт устранение</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_dialog.py" line="301"/>
        <source>Assumptions</source>
        <translation>Допущения</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_dialog.py" line="340"/>
        <source>Give the prices in {currency}, the assessment&apos;s currency.</source>
        <translation>Укажите цены в {currency} — валюте оценки.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_dialog.py" line="319"/>
        <source>Investment</source>
        <translation>Инвестиции</translation>
    </message>
</context>
<context>
    <name>CandidateModel</name>
    <message>
        <location filename="../../recp_desktop/ui/symbiosis_model.py" line="118"/>
        <source>Score</source>
        <translation>Балл</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/symbiosis_model.py" line="119"/>
        <source>Waste of</source>
        <translation>Отходы предприятия</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/symbiosis_model.py" line="120"/>
        <source>EWC</source>
        <translation>ЕКО</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/symbiosis_model.py" line="121"/>
        <source>t/year</source>
        <translation>т/год</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/symbiosis_model.py" line="122"/>
        <source>Could go to</source>
        <translation>Могут пойти</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/symbiosis_model.py" line="123"/>
        <source>km</source>
        <translation>км</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/symbiosis_model.py" line="124"/>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/symbiosis_model.py" line="130"/>
        <source>open</source>
        <translation>открыт</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/symbiosis_model.py" line="131"/>
        <source>confirmed</source>
        <translation>подтверждён</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/symbiosis_model.py" line="131"/>
        <source>dismissed</source>
        <translation>отклонён</translation>
    </message>
</context>
<context>
    <name>ChecklistModel</name>
    <message>
        <location filename="../../recp_desktop/ui/checklist_model.py" line="176"/>
        <source>Group</source>
        <translation>Раздел</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/checklist_model.py" line="177"/>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/checklist_model.py" line="178"/>
        <source>Answer</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/checklist_model.py" line="179"/>
        <source>Unit</source>
        <translation>Ед. изм.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/checklist_model.py" line="180"/>
        <source>Opportunity</source>
        <translation>Возможность</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/checklist_model.py" line="181"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/checklist_model.py" line="182"/>
        <source>Photos</source>
        <translation>Фото</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/checklist_model.py" line="227"/>
        <source>Not saved yet: the disk refused the write; retrying.</source>
        <translation>Ещё не сохранено: диск отказал в записи; повторяем попытку.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/checklist_model.py" line="323"/>
        <source>Not a number: type e.g. 12.5 or 12.5 {unit}. Nothing was saved.</source>
        <translation>Это не число: введите, например, 12,5 или 12,5 {unit}. Ничего не сохранено.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/checklist_model.py" line="326"/>
        <source>Unknown unit {unit}. Nothing was saved.</source>
        <translation>Неизвестная единица {unit}. Ничего не сохранено.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/checklist_model.py" line="329"/>
        <source>{unit} does not measure the same thing as {expected}. Nothing was saved.</source>
        <translation>{unit} измеряет не то же, что {expected}. Ничего не сохранено.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/checklist_model.py" line="341"/>
        <source>The value must be at least {limit} {unit}. Nothing was saved.</source>
        <translation>Значение должно быть не меньше {limit} {unit}. Ничего не сохранено.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/checklist_model.py" line="343"/>
        <source>The value must be at most {limit} {unit}. Nothing was saved.</source>
        <translation>Значение должно быть не больше {limit} {unit}. Ничего не сохранено.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/checklist_model.py" line="353"/>
        <source>This answer does not fit the question. Nothing was saved.</source>
        <translation>Этот ответ не подходит к вопросу. Ничего не сохранено.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/checklist_model.py" line="220"/>
        <source>Edited here and elsewhere apart: File &gt; Conflicts… to choose the outcome.</source>
        <translation>Изменено здесь и в другом месте независимо: Файл &gt; Конфликты…, чтобы выбрать итог.</translation>
    </message>
</context>
<context>
    <name>ChecklistPage</name>
    <message>
        <location filename="../../recp_desktop/ui/checklist_page.py" line="171"/>
        <source>CP techniques:</source>
        <translation>Методы ЧП:</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/checklist_page.py" line="178"/>
        <source>Quick-win calculator:</source>
        <translation>Калькулятор быстрых решений:</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/checklist_page.py" line="186"/>
        <source>Type a number, optionally with a unit, e.g. 12.5 {unit}.</source>
        <translation>Введите число, при желании с единицей, например 12,5 {unit}.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/checklist_page.py" line="259"/>
        <source>Add photos</source>
        <translation>Добавить фото</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/checklist_page.py" line="260"/>
        <source>Images ({patterns})</source>
        <translation>Изображения ({patterns})</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/checklist_page.py" line="278"/>
        <source>Photo refused: {reason}</source>
        <translation>Фото не принято: {reason}</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/checklist_page.py" line="280"/>
        <source>Photo refused: {name}: {reason}</source>
        <translation>Фото не принято: {name}: {reason}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../recp_desktop/ui/checklist_page.py" line="287"/>
        <source>%n photo(s) added.</source>
        <translation>
            <numerusform>Добавлено %n фото.</numerusform>
            <numerusform>Добавлено %n фото.</numerusform>
            <numerusform>Добавлено %n фото.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/checklist_page.py" line="336"/>
        <source>Photos of this question (drop image files here):</source>
        <translation>Фото к этому вопросу (перетащите сюда файлы изображений):</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/checklist_page.py" line="337"/>
        <source>Add photo…</source>
        <translation>Добавить фото…</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/checklist_page.py" line="338"/>
        <source>Open the calculator… (Ctrl+K)</source>
        <translation>Открыть калькулятор… (Ctrl+K)</translation>
    </message>
</context>
<context>
    <name>Club</name>
    <message>
        <location filename="../../recp_desktop/ui/club_labels.py" line="15"/>
        <source>Electricity</source>
        <translation>Электроэнергия</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_labels.py" line="16"/>
        <source>Natural gas</source>
        <translation>Природный газ</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_labels.py" line="17"/>
        <source>Heat from a heating network</source>
        <translation>Тепло из тепловой сети</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_labels.py" line="18"/>
        <source>Tap water</source>
        <translation>Водопроводная вода</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_labels.py" line="19"/>
        <source>Sewage (waste water)</source>
        <translation>Канализация (сточные воды)</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_labels.py" line="20"/>
        <source>Fuel oil (mazut)</source>
        <translation>Мазут</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_labels.py" line="21"/>
        <source>Coal</source>
        <translation>Уголь</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_labels.py" line="22"/>
        <source>Diesel</source>
        <translation>Дизельное топливо</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_labels.py" line="23"/>
        <source>Raw materials</source>
        <translation>Сырьё</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_labels.py" line="24"/>
        <source>Chemicals</source>
        <translation>Химикаты</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_labels.py" line="25"/>
        <source>Packaging</source>
        <translation>Упаковка</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_labels.py" line="26"/>
        <source>Ordinary waste taken away</source>
        <translation>Вывоз обычных отходов</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_labels.py" line="27"/>
        <source>Hazardous waste taken away</source>
        <translation>Вывоз опасных отходов</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_labels.py" line="34"/>
        <source>the electricity bill</source>
        <translation>счёта за электроэнергию</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_labels.py" line="35"/>
        <source>the gas bill</source>
        <translation>счёта за газ</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_labels.py" line="36"/>
        <source>the heat bill</source>
        <translation>счёта за тепло</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_labels.py" line="37"/>
        <source>the water bill</source>
        <translation>счёта за воду</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_labels.py" line="38"/>
        <source>the sewage line of the water bill</source>
        <translation>строки «канализация» в счёте за воду</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_labels.py" line="39"/>
        <location filename="../../recp_desktop/ui/club_labels.py" line="40"/>
        <source>the delivery invoices</source>
        <translation>накладных на поставку</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_labels.py" line="41"/>
        <source>the fuel receipts</source>
        <translation>чеков на топливо</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_labels.py" line="42"/>
        <location filename="../../recp_desktop/ui/club_labels.py" line="43"/>
        <location filename="../../recp_desktop/ui/club_labels.py" line="44"/>
        <source>the purchase invoices</source>
        <translation>счетов на закупку</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_labels.py" line="45"/>
        <location filename="../../recp_desktop/ui/club_labels.py" line="46"/>
        <source>the waste collection invoices</source>
        <translation>счетов за вывоз отходов</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_labels.py" line="53"/>
        <source>January</source>
        <translation>Январь</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_labels.py" line="54"/>
        <source>February</source>
        <translation>Февраль</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_labels.py" line="55"/>
        <source>March</source>
        <translation>Март</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_labels.py" line="56"/>
        <source>April</source>
        <translation>Апрель</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_labels.py" line="57"/>
        <source>May</source>
        <translation>Май</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_labels.py" line="58"/>
        <source>June</source>
        <translation>Июнь</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_labels.py" line="59"/>
        <source>July</source>
        <translation>Июль</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_labels.py" line="60"/>
        <source>August</source>
        <translation>Август</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_labels.py" line="61"/>
        <source>September</source>
        <translation>Сентябрь</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_labels.py" line="62"/>
        <source>October</source>
        <translation>Октябрь</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_labels.py" line="63"/>
        <source>November</source>
        <translation>Ноябрь</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_labels.py" line="64"/>
        <source>December</source>
        <translation>Декабрь</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_labels.py" line="71"/>
        <source>Your company</source>
        <translation>Ваше предприятие</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_labels.py" line="72"/>
        <source>Your bills (homework)</source>
        <translation>Ваши счета (домашнее задание)</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_labels.py" line="73"/>
        <source>Walk through the plant</source>
        <translation>Обход предприятия</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_labels.py" line="74"/>
        <location filename="../../recp_desktop/ui/club_view.py" line="92"/>
        <source>My quick wins</source>
        <translation>Мои быстрые решения</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_labels.py" line="81"/>
        <source>Where the company is, what it makes and how many people work there.</source>
        <translation>Где находится предприятие, что оно выпускает и сколько человек там работает.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_labels.py" line="84"/>
        <source>Tick what the company uses and copy the figures from the bills.</source>
        <translation>Отметьте, что использует предприятие, и перепишите цифры из счетов.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_labels.py" line="87"/>
        <source>Walk round with the checklists and answer what you see and hear.</source>
        <translation>Пройдите по предприятию с контрольными листами и отметьте, что видите и слышите.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_labels.py" line="90"/>
        <source>Work out what fixing a leak or switching something off saves, and save it.</source>
        <translation>Посчитайте, сколько даёт устранение утечки или отключение оборудования, и сохраните.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_labels.py" line="99"/>
        <source>Hold a ruler or a drill bit next to the hole: about how wide is it?</source>
        <translation>Приложите линейку или сверло к отверстию: какой у него примерно диаметр?</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_labels.py" line="102"/>
        <source>Read it on the pressure gauge near the leak (bar or kgf/cm²).</source>
        <translation>Посмотрите на манометре рядом с утечкой (бар или кгс/см²).</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_labels.py" line="105"/>
        <source>Hold a bag of known size over the leak (a 10 L bag: type 10 L).</source>
        <translation>Наденьте на утечку пакет известного объёма (пакет на 10 л: введите 10 л).</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_labels.py" line="108"/>
        <source>Count the seconds the bag takes to fill.</source>
        <translation>Засеките, за сколько секунд пакет наполнится.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_labels.py" line="109"/>
        <source>How many leaks like this did you find?</source>
        <translation>Сколько таких утечек вы нашли?</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_labels.py" line="110"/>
        <source>Hours a year it runs: 8 h × 250 days is 2000 h; all year is 8760 h.</source>
        <translation>Часов работы в год: 8 ч × 250 дней = 2000 ч; круглый год = 8760 ч.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_labels.py" line="113"/>
        <source>From the electricity bill: the amount divided by the kWh.</source>
        <translation>Из счёта за электроэнергию: сумма, делённая на кВт·ч.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_labels.py" line="116"/>
        <source>Read it on the machine&apos;s nameplate (kW).</source>
        <translation>Посмотрите на табличке оборудования (кВт).</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_labels.py" line="117"/>
        <source>The pressure the compressor now works at, from its gauge or display.</source>
        <translation>Давление, на котором компрессор работает сейчас, по манометру или дисплею.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_labels.py" line="120"/>
        <source>The lower pressure the machines still work well at.</source>
        <translation>Более низкое давление, при котором оборудование ещё хорошо работает.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_labels.py" line="123"/>
        <source>What the boiler burns.</source>
        <translation>Чем топится котёл.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_labels.py" line="124"/>
        <source>From the fuel bill: the amount divided by the quantity.</source>
        <translation>Из счёта за топливо: сумма, делённая на количество.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_labels.py" line="127"/>
        <source>Count the drips for one minute.</source>
        <translation>Посчитайте капли за одну минуту.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_labels.py" line="128"/>
        <source>Hold a bucket under the leak: how much water did it catch?</source>
        <translation>Подставьте ведро под утечку: сколько воды набралось?</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_labels.py" line="131"/>
        <source>How many seconds did you hold the bucket?</source>
        <translation>Сколько секунд вы держали ведро?</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_labels.py" line="132"/>
        <source>From the water bill: the price of one m³.</source>
        <translation>Из счёта за воду: цена одного м³.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_labels.py" line="135"/>
        <source>From the water bill: the price of one m³ of sewage.</source>
        <translation>Из счёта за воду: цена одного м³ канализации.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_labels.py" line="138"/>
        <source>Count the light fittings.</source>
        <translation>Посчитайте светильники.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_labels.py" line="139"/>
        <source>Lamps in each fitting.</source>
        <translation>Ламп в каждом светильнике.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_labels.py" line="140"/>
        <source>Printed on the lamp, in watts (W).</source>
        <translation>Указана на лампе, в ваттах (Вт).</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_labels.py" line="141"/>
        <source>The power of the new lamp (an LED tube: about 18 W).</source>
        <translation>Мощность новой лампы (светодиодная трубка: около 18 Вт).</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_labels.py" line="144"/>
        <source>Hours a year after switching off when nobody is there.</source>
        <translation>Часов в год, если выключать свет, когда никого нет.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_labels.py" line="147"/>
        <source>Measure round the pipe with a tape and divide by 3.14.</source>
        <translation>Измерьте обхват трубы рулеткой и разделите на 3,14.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_labels.py" line="150"/>
        <source>How many metres of pipe are bare?</source>
        <translation>Сколько метров трубы без изоляции?</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_labels.py" line="151"/>
        <source>A surface thermometer, or the temperature of what flows inside.</source>
        <translation>Контактный термометр или температура того, что течёт внутри.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_labels.py" line="156"/>
        <source>Hours a year it runs with nothing to do: nights, weekends, breaks.</source>
        <translation>Часов в год, когда оно работает вхолостую: ночи, выходные, перерывы.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_labels.py" line="160"/>
        <source>Read it on the steam line&apos;s gauge.</source>
        <translation>Посмотрите на манометре паропровода.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_labels.py" line="168"/>
        <source>Water lost a year</source>
        <translation>Потеряно воды в год</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_labels.py" line="169"/>
        <source>Air lost a year</source>
        <translation>Потеряно воздуха в год</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_labels.py" line="171"/>
        <source>Money saved a year</source>
        <translation>Экономия денег в год</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_labels.py" line="172"/>
        <source>Energy saved a year</source>
        <translation>Экономия энергии в год</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_labels.py" line="173"/>
        <source>Steam lost a year</source>
        <translation>Потеряно пара в год</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_labels.py" line="174"/>
        <source>CO2 avoided a year</source>
        <translation>Предотвращено CO2 в год</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_view.py" line="89"/>
        <source>Start: the steps</source>
        <translation>Начало: шаги</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_view.py" line="91"/>
        <source>Your bills</source>
        <translation>Ваши счета</translation>
    </message>
</context>
<context>
    <name>ClubBaselinePage</name>
    <message>
        <location filename="../../recp_desktop/ui/club_baseline.py" line="177"/>
        <source>copy the figures from {source}.</source>
        <translation>перепишите цифры из {source}.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_baseline.py" line="184"/>
        <source>&lt;b&gt;{name}&lt;/b&gt;: press Space to tick it if the company uses it.</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt;: нажмите Пробел, чтобы отметить, если предприятие это использует.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../recp_desktop/ui/club_baseline.py" line="222"/>
        <source>%n of 12 months entered; the year is their sum.</source>
        <translation>
            <numerusform>Введён %n месяц из 12; год — их сумма.</numerusform>
            <numerusform>Введено %n месяца из 12; год — их сумма.</numerusform>
            <numerusform>Введено %n месяцев из 12; год — их сумма.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../recp_desktop/ui/club_baseline.py" line="226"/>
        <source>Costs are given for %n month(s): give the same months for both, so that the price per unit is right.</source>
        <translation>
            <numerusform>Суммы указаны за %n месяц: укажите одни и те же месяцы для обоих столбцов, чтобы цена за единицу была верной.</numerusform>
            <numerusform>Суммы указаны за %n месяца: укажите одни и те же месяцы для обоих столбцов, чтобы цена за единицу была верной.</numerusform>
            <numerusform>Суммы указаны за %n месяцев: укажите одни и те же месяцы для обоих столбцов, чтобы цена за единицу была верной.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_baseline.py" line="233"/>
        <source>Only the year&apos;s total: type it in the Year row.</source>
        <translation>Только итог за год: введите его в строке «Год».</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_baseline.py" line="246"/>
        <source>Your bills (homework)</source>
        <translation>Ваши счета (домашнее задание)</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_baseline.py" line="249"/>
        <source>Tick what the company uses (Space). For each, copy the figures from the bills: month by month if you have them, or only the total for the year. Enter moves to the next month.</source>
        <translation>Отметьте, что использует предприятие (Пробел). Для каждого перепишите цифры из счетов: по месяцам, если они есть, или только итог за год. Enter — к следующему месяцу.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_baseline.py" line="254"/>
        <source>Which of these does the company use?</source>
        <translation>Что из этого использует предприятие?</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_baseline.py" line="255"/>
        <source>&amp;Month by month</source>
        <translation>По &amp;месяцам</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_baseline.py" line="256"/>
        <source>Only the &amp;year&apos;s total</source>
        <translation>Только итог за &amp;год</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_baseline.py" line="257"/>
        <source>&amp;Unit:</source>
        <translation>&amp;Единица:</translation>
    </message>
</context>
<context>
    <name>ClubDialog</name>
    <message>
        <location filename="../../recp_desktop/ui/club_dialogs.py" line="38"/>
        <source>New RECP Club</source>
        <translation>Новый клуб РЭЧП</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_dialogs.py" line="38"/>
        <source>Edit the club</source>
        <translation>Изменение клуба</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_dialogs.py" line="50"/>
        <source>All homework</source>
        <translation>Все домашние задания</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_dialogs.py" line="55"/>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_dialogs.py" line="56"/>
        <source>&amp;Country:</source>
        <translation>&amp;Страна:</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_dialogs.py" line="57"/>
        <source>&amp;Region:</source>
        <translation>&amp;Регион:</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_dialogs.py" line="58"/>
        <source>C&amp;ity:</source>
        <translation>&amp;Город:</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_dialogs.py" line="59"/>
        <source>&amp;Facilitator:</source>
        <translation>&amp;Модератор:</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_dialogs.py" line="60"/>
        <source>Issuing &amp;centre:</source>
        <translation>Выдающий &amp;центр:</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_dialogs.py" line="61"/>
        <source>Sessions needed for a certificate:</source>
        <translation>Занятий для сертификата:</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_dialogs.py" line="62"/>
        <source>Homework needed:</source>
        <translation>Нужно домашних заданий:</translation>
    </message>
</context>
<context>
    <name>ClubPathPage</name>
    <message>
        <location filename="../../recp_desktop/ui/club_path.py" line="140"/>
        <source>All four steps are done. Export the package (Ctrl+E) for the club.</source>
        <translation>Все четыре шага выполнены. Экспортируйте пакет (Ctrl+E) для клуба.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_path.py" line="144"/>
        <source>Next: {step}. Press Enter to go there.</source>
        <translation>Далее: {step}. Нажмите Enter, чтобы перейти.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_path.py" line="149"/>
        <source>done</source>
        <translation>готово</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_path.py" line="149"/>
        <source>to complete</source>
        <translation>нужно заполнить</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_path.py" line="152"/>
        <source>nothing ticked yet</source>
        <translation>пока ничего не отмечено</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_path.py" line="153"/>
        <source>{filled} of {total} resources have figures</source>
        <translation>цифры есть для {filled} из {total} ресурсов</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_path.py" line="157"/>
        <source>{answered} of {total} questions answered</source>
        <translation>отвечено {answered} из {total} вопросов</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_path.py" line="161"/>
        <source>none saved yet</source>
        <translation>пока ничего не сохранено</translation>
    </message>
    <message numerus="yes">
        <location filename="../../recp_desktop/ui/club_path.py" line="162"/>
        <source>%n saved, worth {money} {currency} a year</source>
        <translation>
            <numerusform>сохранено %n, экономия {money} {currency} в год</numerusform>
            <numerusform>сохранено %n, экономия {money} {currency} в год</numerusform>
            <numerusform>сохранено %n, экономия {money} {currency} в год</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_path.py" line="183"/>
        <source>{company}: self-audit</source>
        <translation>{company}: самообследование</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_path.py" line="185"/>
        <source>Four steps, one after the other. Each shows ✓ when done; → marks the next.</source>
        <translation>Четыре шага один за другим. ✓ — шаг выполнен; → — следующий шаг.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_path.py" line="188"/>
        <source>Edit the company…</source>
        <translation>Изменить данные предприятия…</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_path.py" line="189"/>
        <source>Go to the bills</source>
        <translation>К счетам</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_path.py" line="190"/>
        <source>Go to the checklists</source>
        <translation>К контрольным листам</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_path.py" line="191"/>
        <source>Go to my quick wins</source>
        <translation>К моим быстрым решениям</translation>
    </message>
</context>
<context>
    <name>ClubProgressView</name>
    <message>
        <location filename="../../recp_desktop/ui/club_progress_view.py" line="98"/>
        <location filename="../../recp_desktop/ui/club_progress_view.py" line="167"/>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_progress_view.py" line="98"/>
        <source>Self-audits</source>
        <translation>Самоаудиты</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_progress_view.py" line="98"/>
        <source>Homework done</source>
        <translation>Выполнено заданий</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_progress_view.py" line="108"/>
        <source>Double-click a company (or press Enter) to open its self-audit.</source>
        <translation>Дважды щёлкните компанию (или нажмите Enter), чтобы открыть её самоаудит.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_progress_view.py" line="113"/>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_progress_view.py" line="113"/>
        <source>Not yet</source>
        <translation>Пока нет</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_progress_view.py" line="127"/>
        <source>Quick wins: none recorded yet.</source>
        <translation>Быстрые меры: пока не записаны.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../recp_desktop/ui/club_progress_view.py" line="131"/>
        <source>{money} a year from %n option(s) ({kwh} kWh, {m3} m³)</source>
        <translation>
            <numerusform>{money} в год от %n меры ({kwh} кВт·ч, {m3} м³)</numerusform>
            <numerusform>{money} в год от %n мер ({kwh} кВт·ч, {m3} м³)</numerusform>
            <numerusform>{money} в год от %n мер ({kwh} кВт·ч, {m3} м³)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_progress_view.py" line="139"/>
        <source>The club&apos;s quick wins: </source>
        <translation>Быстрые меры клуба: </translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_progress_view.py" line="146"/>
        <source>attended {attended} of the {needed} sessions required</source>
        <translation>посетил(а) {attended} из {needed} требуемых занятий</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_progress_view.py" line="152"/>
        <source>his or her company did {done} of the {needed} homework required</source>
        <translation>его или её компания выполнила {done} из {needed} требуемых домашних заданий</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_progress_view.py" line="166"/>
        <source>Participant</source>
        <translation>Участник</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_progress_view.py" line="168"/>
        <source>Attended</source>
        <translation>Посещено</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_progress_view.py" line="169"/>
        <source>Certificate</source>
        <translation>Сертификат</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_progress_view.py" line="172"/>
        <source>Homework per company</source>
        <translation>Домашние задания по компаниям</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_progress_view.py" line="173"/>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
</context>
<context>
    <name>ClubTasks</name>
    <message>
        <location filename="../../recp_desktop/ui/club_tasks.py" line="37"/>
        <source>Write the certificates into</source>
        <translation>Куда записать сертификаты</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_tasks.py" line="43"/>
        <source>Certificates of attendance</source>
        <translation>Сертификаты участников</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_tasks.py" line="64"/>
        <source>Nobody meets the club&apos;s criteria yet; see the Progress tab.</source>
        <translation>Пока никто не выполнил условия клуба; см. вкладку «Прогресс».</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_tasks.py" line="79"/>
        <source>Stopped; the certificates written so far are kept.</source>
        <translation>Остановлено; уже записанные сертификаты сохранены.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_tasks.py" line="89"/>
        <source>Writing certificates…</source>
        <translation>Сертификаты записываются…</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_tasks.py" line="92"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_tasks.py" line="102"/>
        <source>Verify a certificate</source>
        <translation>Проверка сертификата</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_tasks.py" line="105"/>
        <source>Certificates (*.pdf)</source>
        <translation>Сертификаты (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_tasks.py" line="117"/>
        <source>Not valid: {reason}</source>
        <translation>Недействителен: {reason}</translation>
    </message>
</context>
<context>
    <name>ClubWindow</name>
    <message>
        <location filename="../../recp_desktop/ui/club_window.py" line="215"/>
        <source>No club yet: press New club… to start one.</source>
        <translation>Клубов пока нет: нажмите «Новый клуб…», чтобы создать.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_window.py" line="223"/>
        <source>all homework</source>
        <translation>все домашние задания</translation>
    </message>
    <message numerus="yes">
        <location filename="../../recp_desktop/ui/club_window.py" line="225"/>
        <source>%n homework</source>
        <translation>
            <numerusform>%n домашнее задание</numerusform>
            <numerusform>%n домашних задания</numerusform>
            <numerusform>%n домашних заданий</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_window.py" line="229"/>
        <source>{name} — {place}. Facilitator: {facilitator}. A certificate needs {sessions} and {homework}.</source>
        <translation>{name} — {place}. Модератор: {facilitator}. Для сертификата нужно: {sessions} и {homework}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../recp_desktop/ui/club_window.py" line="235"/>
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n занятие</numerusform>
            <numerusform>%n занятия</numerusform>
            <numerusform>%n занятий</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_window.py" line="266"/>
        <source>Baseline data</source>
        <translation>Исходные данные</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_window.py" line="267"/>
        <source>Checklist</source>
        <translation>Контрольный лист</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_window.py" line="268"/>
        <source>Quick-win calculation</source>
        <translation>Расчёт быстрой меры</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_window.py" line="448"/>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_window.py" line="385"/>
        <location filename="../../recp_desktop/ui/club_window.py" line="395"/>
        <location filename="../../recp_desktop/ui/club_window.py" line="400"/>
        <source>Import attendance</source>
        <translation>Импорт посещаемости</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_window.py" line="352"/>
        <location filename="../../recp_desktop/ui/club_window.py" line="370"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_window.py" line="353"/>
        <source>Remove {what}? Its attendance marks go with it.</source>
        <translation>Удалить {what}? Отметки посещаемости будут удалены вместе с ним.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_window.py" line="355"/>
        <source>Remove the homework {what}?</source>
        <translation>Удалить домашнее задание {what}?</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_window.py" line="385"/>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_window.py" line="401"/>
        <source>{rows} rows read; {changed} marks new or changed.</source>
        <translation>Прочитано строк: {rows}; новых или изменённых отметок: {changed}.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_window.py" line="307"/>
        <location filename="../../recp_desktop/ui/club_window.py" line="432"/>
        <source>RECP Clubs</source>
        <translation>Клубы РЭЧП</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_window.py" line="308"/>
        <source>This company has no club self-audit here yet: import its package.</source>
        <translation>У этой компании здесь ещё нет самоаудита клуба: импортируйте её пакет.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_window.py" line="433"/>
        <source>&amp;Clubs</source>
        <translation>&amp;Клубы</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_window.py" line="434"/>
        <source>&amp;New club…</source>
        <translation>&amp;Новый клуб…</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_window.py" line="435"/>
        <source>&amp;Edit club…</source>
        <translation>Из&amp;менить клуб…</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_window.py" line="438"/>
        <source>&amp;Sessions</source>
        <translation>&amp;Занятия</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_window.py" line="439"/>
        <source>&amp;Participants</source>
        <translation>&amp;Участники</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_window.py" line="440"/>
        <source>&amp;Attendance</source>
        <translation>&amp;Посещаемость</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_window.py" line="441"/>
        <source>&amp;Homework</source>
        <translation>&amp;Домашние задания</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_window.py" line="442"/>
        <source>P&amp;rogress</source>
        <translation>П&amp;рогресс</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_window.py" line="446"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_window.py" line="446"/>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_window.py" line="448"/>
        <source>Name</source>
        <translation>Имя и фамилия</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_window.py" line="448"/>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_window.py" line="448"/>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_window.py" line="451"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_window.py" line="451"/>
        <source>Which</source>
        <translation>Что именно</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_window.py" line="451"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_window.py" line="451"/>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_window.py" line="453"/>
        <source>A&amp;dd session…</source>
        <translation>Добавить з&amp;анятие…</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_window.py" line="454"/>
        <source>Add par&amp;ticipant…</source>
        <translation>Добавить у&amp;частника…</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_window.py" line="455"/>
        <source>Add homewor&amp;k…</source>
        <translation>Добавить домашн&amp;ее задание…</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_window.py" line="457"/>
        <source>Re&amp;move…</source>
        <translation>Уда&amp;лить…</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_window.py" line="458"/>
        <source>&amp;Import from CSV…</source>
        <translation>&amp;Импорт из CSV…</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_window.py" line="461"/>
        <source>Arrows move; Space marks the selected cells attended or not; Delete marks them absent; Ctrl+Z undoes. Every tick is saved at once.</source>
        <translation>Стрелки — перемещение; Пробел отмечает выбранные ячейки как посещённые или нет; Delete — отсутствие; Ctrl+Z — отмена. Каждая отметка сохраняется сразу.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_window.py" line="465"/>
        <source>Certificate &amp;language:</source>
        <translation>&amp;Язык сертификата:</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_window.py" line="466"/>
        <source>&amp;Write certificates…</source>
        <translation>&amp;Выписать сертификаты…</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_window.py" line="467"/>
        <source>&amp;Verify a certificate…</source>
        <translation>Проверить &amp;сертификат…</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_window.py" line="468"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_window.py" line="469"/>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_window.py" line="470"/>
        <source>Redo</source>
        <translation>Повторить</translation>
    </message>
</context>
<context>
    <name>ClubsMenu</name>
    <message>
        <location filename="../../recp_desktop/ui/club_tasks.py" line="160"/>
        <source>&amp;Clubs</source>
        <translation>&amp;Клубы</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_tasks.py" line="161"/>
        <source>RECP &amp;Clubs…</source>
        <translation>&amp;Клубы РЭЧП…</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_tasks.py" line="162"/>
        <source>&amp;Verify a certificate…</source>
        <translation>Проверить &amp;сертификат…</translation>
    </message>
</context>
<context>
    <name>CompanyDialog</name>
    <message>
        <location filename="../../recp_desktop/ui/dialogs.py" line="87"/>
        <source>New company</source>
        <translation>Новая компания</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/dialogs.py" line="87"/>
        <source>Edit company</source>
        <translation>Изменение компании</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/dialogs.py" line="103"/>
        <source>e.g. 10.51</source>
        <translation>например, 10.51</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/dialogs.py" line="122"/>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/dialogs.py" line="123"/>
        <source>&amp;Country:</source>
        <translation>&amp;Страна:</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/dialogs.py" line="124"/>
        <source>&amp;Region:</source>
        <translation>&amp;Регион:</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/dialogs.py" line="135"/>
        <source>C&amp;ity:</source>
        <translation>&amp;Город:</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/dialogs.py" line="136"/>
        <source>NACE &amp;sector:</source>
        <translation>&amp;Отрасль (NACE):</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/dialogs.py" line="138"/>
        <source>&amp;Employees:</source>
        <translation>&amp;Сотрудников:</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/dialogs.py" line="139"/>
        <source>&amp;Products:</source>
        <translation>&amp;Продукция:</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/dialogs.py" line="140"/>
        <source>Eco-industrial &amp;park:</source>
        <translation>Эко&amp;индустриальный парк:</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/dialogs.py" line="201"/>
        <source>The company needs a name.</source>
        <translation>Укажите название компании.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/dialogs.py" line="141"/>
        <source>Re&amp;gistration number:</source>
        <translation>Ре&amp;гистрационный номер:</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/dialogs.py" line="127"/>
        <source>Si&amp;te:</source>
        <translation>&amp;Координаты:</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/dialogs.py" line="175"/>
        <source>{code} is not a NACE Rev. 2 division</source>
        <translation>Двузначного кода {code} нет в NACE Rev. 2</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/dialogs.py" line="179"/>
        <source>in English: no published NACE text in this language</source>
        <translation>на английском: опубликованного текста NACE на этом языке нет</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../recp_desktop/ui/conflicts_dialog.py" line="115"/>
        <source>Conflicts</source>
        <translation>Конфликты</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/conflicts_dialog.py" line="123"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/conflicts_dialog.py" line="123"/>
        <source>Here</source>
        <translation>Здесь</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/conflicts_dialog.py" line="123"/>
        <source>Incoming</source>
        <translation>Входящее</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/conflicts_dialog.py" line="123"/>
        <source>Keep (editable)</source>
        <translation>Оставить (можно изменить)</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/conflicts_dialog.py" line="129"/>
        <source>Keep this device&apos;s version</source>
        <translation>Оставить версию этого устройства</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/conflicts_dialog.py" line="130"/>
        <source>Keep the incoming version</source>
        <translation>Оставить входящую версию</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/conflicts_dialog.py" line="131"/>
        <source>Keep the edited values</source>
        <translation>Оставить изменённые значения</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/conflicts_dialog.py" line="135"/>
        <source>There are no open conflicts.</source>
        <translation>Открытых конфликтов нет.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/conflicts_dialog.py" line="206"/>
        <source>Edited here and on {device} since the two last agreed.</source>
        <translation>Изменено здесь и на {device} после последнего совпадения версий.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/conflicts_dialog.py" line="238"/>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/conflicts_dialog.py" line="239"/>
        <source>Assessment</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/conflicts_dialog.py" line="240"/>
        <source>Baseline line</source>
        <translation>Строка базового уровня</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/conflicts_dialog.py" line="241"/>
        <source>Monthly bills</source>
        <translation>Ежемесячные счета</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/conflicts_dialog.py" line="242"/>
        <source>Checklist answer</source>
        <translation>Ответ в контрольном листе</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/conflicts_dialog.py" line="243"/>
        <source>Option</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/conflicts_dialog.py" line="244"/>
        <source>Photo</source>
        <translation>Фото</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/conflicts_dialog.py" line="245"/>
        <source>Waste stream</source>
        <translation>Поток отходов</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/conflicts_dialog.py" line="246"/>
        <source>Wanted input</source>
        <translation>Нужное сырьё</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/conflicts_dialog.py" line="247"/>
        <source>Review step</source>
        <translation>Шаг проверки</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/conflicts_dialog.py" line="248"/>
        <source>Symbiosis decision</source>
        <translation>Решение о симбиозе</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/conflicts_dialog.py" line="259"/>
        <source>Answer</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/conflicts_dialog.py" line="260"/>
        <source>Number</source>
        <translation>Число</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/conflicts_dialog.py" line="261"/>
        <source>Unit</source>
        <translation>Ед. изм.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/conflicts_dialog.py" line="262"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/conflicts_dialog.py" line="263"/>
        <source>Improvement opportunity</source>
        <translation>Возможность улучшения</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/conflicts_dialog.py" line="264"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/conflicts_dialog.py" line="265"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/conflicts_dialog.py" line="266"/>
        <source>Investment</source>
        <translation>Инвестиции</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/conflicts_dialog.py" line="267"/>
        <source>Annual saving</source>
        <translation>Годовая экономия</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/conflicts_dialog.py" line="268"/>
        <source>Annual energy saving</source>
        <translation>Годовая экономия энергии</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/conflicts_dialog.py" line="269"/>
        <source>Annual water saving</source>
        <translation>Годовая экономия воды</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/conflicts_dialog.py" line="270"/>
        <source>Annual materials saving</source>
        <translation>Годовая экономия материалов</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/conflicts_dialog.py" line="271"/>
        <source>CO2 avoided per year</source>
        <translation>Предотвращённые выбросы CO2 в год</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/conflicts_dialog.py" line="272"/>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/conflicts_dialog.py" line="273"/>
        <source>Annual cost</source>
        <translation>Годовые затраты</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/conflicts_dialog.py" line="274"/>
        <source>Caption</source>
        <translation>Подпись</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/conflicts_dialog.py" line="275"/>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/conflicts_dialog.py" line="230"/>
        <source>recomputed from the quantity</source>
        <translation>пересчитывается по количеству</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/conflicts_dialog.py" line="349"/>
        <source>The edited waste stream cannot be kept: {reason}</source>
        <translation>Изменённый поток отходов нельзя сохранить: {reason}</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../../recp_desktop/ui/hub_sync.py" line="296"/>
        <source>Connect to hub</source>
        <translation>Подключение к хабу</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/hub_sync.py" line="306"/>
        <source>Hub &amp;address:</source>
        <translation>&amp;Адрес хаба:</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/hub_sync.py" line="307"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Организация:</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/hub_sync.py" line="308"/>
        <source>&amp;User name:</source>
        <translation>&amp;Имя пользователя:</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/hub_sync.py" line="309"/>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/hub_sync.py" line="316"/>
        <source>&amp;Connect</source>
        <translation>&amp;Подключиться</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/hub_sync.py" line="318"/>
        <source>&amp;Sign out</source>
        <translation>&amp;Выйти</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/hub_sync.py" line="337"/>
        <source>Signed in as &lt;b&gt;{user}&lt;/b&gt; ({role}) of &lt;b&gt;{org}&lt;/b&gt;. Sign in again to change the account, or sign out.</source>
        <translation>Вход выполнен: &lt;b&gt;{user}&lt;/b&gt; ({role}), &lt;b&gt;{org}&lt;/b&gt;. Войдите снова, чтобы сменить учётную запись, или выйдите.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/hub_sync.py" line="341"/>
        <source>Pinned certificate: {fp}</source>
        <translation>Закреплённый сертификат: {fp}</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/hub_sync.py" line="349"/>
        <source>Sign in to your centre&apos;s hub: your edits go up and your supervisor&apos;s review comes back by itself. Only a device token is kept, never the password.</source>
        <translation>Войдите в хаб вашего центра: ваши правки уходят туда, а проверка руководителя возвращается сама. Хранится только токен устройства, пароль — никогда.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/hub_sync.py" line="369"/>
        <source>Fill in the address, the user name and the password.</source>
        <translation>Укажите адрес, имя пользователя и пароль.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/hub_sync.py" line="371"/>
        <source>Connecting…</source>
        <translation>Подключение…</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/hub_sync.py" line="393"/>
        <source>Trust this hub?</source>
        <translation>Доверять этому хабу?</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/hub_sync.py" line="395"/>
        <source>The hub&apos;s certificate is not vouched for by an authority this computer knows. Its SHA-256 fingerprint is:

{fp}

Trust it only if it is the fingerprint your hub&apos;s administrator gave you.</source>
        <translation>Сертификат хаба не заверен ни одним центром сертификации, известным этому компьютеру. Его отпечаток SHA-256:

{fp}

Доверяйте ему, только если этот отпечаток вам дал администратор хаба.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../recp_desktop/ui/crash_dialog.py" line="25"/>
        <source>Something went wrong</source>
        <translation>Что-то пошло не так</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/crash_dialog.py" line="29"/>
        <source>An unexpected error occurred. Your saved work is safe: every answer is stored the moment it is made. The details were written to the log file:</source>
        <translation>Произошла непредвиденная ошибка. Сохранённые данные в безопасности: каждый ответ записывается в момент ввода. Подробности записаны в журнал:</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/crash_dialog.py" line="38"/>
        <source>Copy details</source>
        <translation>Копировать подробности</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../../recp_desktop/ui/duplicates_dialog.py" line="34"/>
        <source>Companies that look the same</source>
        <translation>Похожие компании</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/duplicates_dialog.py" line="38"/>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/duplicates_dialog.py" line="39"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/duplicates_dialog.py" line="40"/>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/duplicates_dialog.py" line="41"/>
        <source>Registration no.</source>
        <translation>Рег. номер</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/duplicates_dialog.py" line="42"/>
        <source>Assessments</source>
        <translation>Оценки</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/duplicates_dialog.py" line="47"/>
        <source>No companies look the same.</source>
        <translation>Похожих компаний нет.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/duplicates_dialog.py" line="49"/>
        <source>&amp;Merge into the selected company</source>
        <translation>&amp;Объединить в выбранную компанию</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/duplicates_dialog.py" line="67"/>
        <source>Same registration number</source>
        <translation>Один регистрационный номер</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/duplicates_dialog.py" line="69"/>
        <source>Same name, country and city</source>
        <translation>Одно название, страна и город</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/duplicates_dialog.py" line="125"/>
        <location filename="../../recp_desktop/ui/duplicates_dialog.py" line="140"/>
        <source>Merge companies</source>
        <translation>Объединить компании</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/duplicates_dialog.py" line="127"/>
        <source>Merge %1 other company(ies) into %2? Their assessments move to %2 with all their records; the others are removed from the list.</source>
        <translation>Объединить другие компании (%1) в «%2»? Их оценки со всеми записями перейдут к «%2», остальные компании исчезнут из списка.</translation>
    </message>
</context>
<context>
    <name>EwcPicker</name>
    <message>
        <location filename="../../recp_desktop/ui/ewc_picker.py" line="81"/>
        <source>Hazardous waste (marked * in the List of Waste)</source>
        <translation>Опасные отходы (отмечены * в Перечне отходов)</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/ewc_picker.py" line="88"/>
        <source>{shown} of {count}</source>
        <translation>{shown} из {count}</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/ewc_picker.py" line="58"/>
        <source>Nothing found: the descriptions are in English, so search by code (13 02) or by English words (oil sludge).</source>
        <translation>Ничего не найдено: описания — на английском, поэтому ищите по коду (13 02) или по-английски (oil sludge).</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/ewc_picker.py" line="67"/>
        <source>The descriptions of the List of Waste are in English: no official translation is published. Search by code or by English words.</source>
        <translation>Описания Европейского каталога отходов — на английском: официального перевода нет. Ищите по коду или по-английски.</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <location filename="../../recp_desktop/ui/exchange.py" line="143"/>
        <source>Import packages</source>
        <translation>Импорт пакетов</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/exchange.py" line="143"/>
        <location filename="../../recp_desktop/ui/exchange.py" line="193"/>
        <source>RECP packages (*.recp)</source>
        <translation>Пакеты RECP (*.recp)</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/exchange.py" line="174"/>
        <source>Importing {count} packages…</source>
        <translation>Импорт пакетов: {count}…</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/exchange.py" line="182"/>
        <source>{imported} of {total} packages imported.</source>
        <translation>Импортировано пакетов: {imported} из {total}.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/exchange.py" line="193"/>
        <source>Export package</source>
        <translation>Экспорт пакета</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/exchange.py" line="208"/>
        <source>Exporting the assessment…</source>
        <translation>Экспорт оценки…</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/exchange.py" line="210"/>
        <source>Package written: {path}</source>
        <translation>Пакет записан: {path}</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/exchange.py" line="217"/>
        <source>Export tables</source>
        <translation>Экспорт таблиц</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/exchange.py" line="219"/>
        <source>Excel workbook (*.xlsx);;CSV files in a zip (*.zip)</source>
        <translation>Книга Excel (*.xlsx);;Файлы CSV в zip-архиве (*.zip)</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/exchange.py" line="236"/>
        <source>Exporting tables…</source>
        <translation>Экспорт таблиц…</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/exchange.py" line="238"/>
        <source>Tables written: {path}</source>
        <translation>Таблицы записаны: {path}</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/exchange.py" line="256"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/exchange.py" line="262"/>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
</context>
<context>
    <name>ExpertView</name>
    <message>
        <location filename="../../recp_desktop/ui/club_actions.py" line="59"/>
        <source>Open as a &amp;full assessment</source>
        <translation>Открыть как &amp;полную оценку</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_actions.py" line="61"/>
        <source>Show this self-audit as a full RECP assessment (for the expert); toggle back</source>
        <translation>Показать это самообследование как полную оценку RECP (для эксперта); повторно — вернуться</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../recp_desktop/ui/home.py" line="301"/>
        <source>Companies and assessments</source>
        <translation>Компании и оценки</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/home.py" line="302"/>
        <source>Search by company, city, sector or team…</source>
        <translation>Поиск по компании, городу, отрасли или команде…</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/home.py" line="303"/>
        <source>New company…</source>
        <translation>Новая компания…</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/home.py" line="304"/>
        <source>New assessment…</source>
        <translation>Новая оценка…</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/home.py" line="307"/>
        <source>No companies yet.

Create a company with New company…, or look around a demo company with a partly filled assessment.</source>
        <translation>Компаний пока нет.

Создайте компанию кнопкой «Новая компания…» или посмотрите демонстрационную компанию с частично заполненной оценкой.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/home.py" line="311"/>
        <source>Create demo company</source>
        <translation>Создать демо-компанию</translation>
    </message>
</context>
<context>
    <name>HomeworkDialog</name>
    <message>
        <location filename="../../recp_desktop/ui/club_dialogs.py" line="165"/>
        <source>Add homework</source>
        <translation>Добавить домашнее задание</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_dialogs.py" line="167"/>
        <source>Baseline data (resource bills)</source>
        <translation>Исходные данные (счета за ресурсы)</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_dialogs.py" line="168"/>
        <source>A checklist (mini-audit)</source>
        <translation>Контрольный лист (мини-аудит)</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_dialogs.py" line="169"/>
        <source>A quick-win calculation</source>
        <translation>Расчёт быстрой меры</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_dialogs.py" line="173"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_dialogs.py" line="174"/>
        <source>&amp;Which:</source>
        <translation>&amp;Что именно:</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_dialogs.py" line="175"/>
        <source>T&amp;itle:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_dialogs.py" line="176"/>
        <source>&amp;Due:</source>
        <translation>&amp;Срок:</translation>
    </message>
</context>
<context>
    <name>HubSync</name>
    <message>
        <location filename="../../recp_desktop/ui/hub_sync.py" line="181"/>
        <source>sending photos {percent} %</source>
        <translation>отправка фото {percent} %</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/hub_sync.py" line="182"/>
        <source>sending changes</source>
        <translation>отправка изменений</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/hub_sync.py" line="183"/>
        <source>receiving changes</source>
        <translation>получение изменений</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/hub_sync.py" line="184"/>
        <source>receiving photos {percent} %</source>
        <translation>получение фото {percent} %</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/hub_sync.py" line="200"/>
        <source>The hub refused the changes of {n} assessment(s) you are not assigned to; they stay here. Ask a supervisor to assign you.</source>
        <translation>Хаб отклонил изменения оценок, к которым вы не назначены ({n}); они остаются здесь. Попросите руководителя назначить вас.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/hub_sync.py" line="208"/>
        <source>Records in conflict: {n}. File &gt; Conflicts… to settle them.</source>
        <translation>Записей в конфликте: {n}. Файл &gt; Конфликты…, чтобы разрешить их.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/hub_sync.py" line="213"/>
        <source>Synced with the hub.</source>
        <translation>Синхронизировано с хабом.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/hub_sync.py" line="225"/>
        <source>Sync</source>
        <translation>Синхронизация</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/hub_sync.py" line="242"/>
        <source>Connect to &amp;hub…</source>
        <translation>Подключиться к &amp;хабу…</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/hub_sync.py" line="243"/>
        <source>S&amp;ync now</source>
        <translation>С&amp;инхронизировать</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/hub_sync.py" line="248"/>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/hub_sync.py" line="250"/>
        <source>changes waiting: {n}</source>
        <translation>ожидают отправки: {n}</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/hub_sync.py" line="252"/>
        <source>Hub: not connected</source>
        <translation>Хаб: не подключён</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/hub_sync.py" line="253"/>
        <source>Hub: syncing…</source>
        <translation>Хаб: синхронизация…</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/hub_sync.py" line="254"/>
        <source>Hub: online · {waiting} · last sync {when}</source>
        <translation>Хаб: в сети · {waiting} · последняя синхронизация {when}</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/hub_sync.py" line="255"/>
        <source>Hub: offline · {waiting} · last sync {when}</source>
        <translation>Хаб: недоступен · {waiting} · последняя синхронизация {when}</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/hub_sync.py" line="256"/>
        <source>Hub: {reason} · {waiting}</source>
        <translation>Хаб: {reason} · {waiting}</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/hub_sync.py" line="263"/>
        <source>{user} ({role}) of {org} at {url}</source>
        <translation>{user} ({role}), {org}, {url}</translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message>
        <location filename="../../recp_desktop/ui/exchange.py" line="50"/>
        <source>Import finished</source>
        <translation>Импорт завершён</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/exchange.py" line="56"/>
        <source>{imported} of {total} packages imported; {conflicts} records in conflict.</source>
        <translation>Импортировано пакетов: {imported} из {total}; записей в конфликте: {conflicts}.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/exchange.py" line="63"/>
        <source>Package</source>
        <translation>Пакет</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/exchange.py" line="64"/>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/exchange.py" line="65"/>
        <source>New</source>
        <translation>Новые</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/exchange.py" line="66"/>
        <source>Updated</source>
        <translation>Обновлены</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/exchange.py" line="67"/>
        <source>Unchanged</source>
        <translation>Без изменений</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/exchange.py" line="68"/>
        <source>In conflict</source>
        <translation>В конфликте</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/exchange.py" line="69"/>
        <source>Company, device or reason</source>
        <translation>Компания, устройство или причина</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/exchange.py" line="78"/>
        <source>Imported</source>
        <translation>Импортирован</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/exchange.py" line="79"/>
        <source>Refused</source>
        <translation>Отклонён</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/exchange.py" line="80"/>
        <source>Failed</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/exchange.py" line="81"/>
        <source>Cancelled</source>
        <translation>Отменён</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/exchange.py" line="87"/>
        <source>unsigned</source>
        <translation>без подписи</translation>
    </message>
</context>
<context>
    <name>InputErrors</name>
    <message>
        <location filename="../../recp_desktop/ui/input_errors.py" line="27"/>
        <source>“{text}” is not a number. Type e.g. {example} or {example} {unit}.</source>
        <translation>«{text}» — не число. Введите, например, {example} или {example} {unit}.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/input_errors.py" line="31"/>
        <source>“{text}” is not a number. Type e.g. {example}.</source>
        <translation>«{text}» — не число. Введите, например, {example}.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/input_errors.py" line="35"/>
        <source>“{text}” is not a usable number: it is infinite or far too large.</source>
        <translation>«{text}» — непригодное число: бесконечное или слишком большое.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/input_errors.py" line="39"/>
        <source>Unknown unit “{typed}”. Type e.g. {example} {unit}.</source>
        <translation>Неизвестная единица «{typed}». Введите, например, {example} {unit}.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/input_errors.py" line="43"/>
        <source>{typed} does not measure the same thing as {unit}. Type e.g. {example} {unit}.</source>
        <translation>{typed} измеряет не то же, что {unit}. Введите, например, {example} {unit}.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/input_errors.py" line="48"/>
        <source>This does not fit. Type e.g. {example} {unit}.</source>
        <translation>Это значение не подходит. Введите, например, {example} {unit}.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/input_errors.py" line="58"/>
        <source>Read “{typed}” as {value}.</source>
        <translation>«{typed}» прочитано как {value}.</translation>
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
        <location filename="../../recp_desktop/ui/labels.py" line="96"/>
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
        <location filename="../../recp_desktop/ui/labels.py" line="47"/>
        <source>Compressed-air leak</source>
        <translation>Утечка сжатого воздуха</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/labels.py" line="48"/>
        <source>Compressor pressure reduction</source>
        <translation>Снижение давления компрессора</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/labels.py" line="51"/>
        <source>Steam leak</source>
        <translation>Утечка пара</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/labels.py" line="52"/>
        <source>Water leak</source>
        <translation>Утечка воды</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/labels.py" line="53"/>
        <source>Lighting</source>
        <translation>Освещение</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/labels.py" line="54"/>
        <source>Idle electrical load</source>
        <translation>Холостая электрическая нагрузка</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/labels.py" line="55"/>
        <source>Pipe insulation</source>
        <translation>Изоляция трубопроводов</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/labels.py" line="56"/>
        <source>Payback, NPV and IRR</source>
        <translation>Окупаемость, ЧДД и ВНД</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/labels.py" line="62"/>
        <source>Full RECP assessment</source>
        <translation>Полная оценка РЭЧП</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/labels.py" line="64"/>
        <source>RECP Club self-audit</source>
        <translation>Самоаудит клуба РЭЧП</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/labels.py" line="70"/>
        <source>Planned</source>
        <translation>Запланирована</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/labels.py" line="71"/>
        <source>In progress</source>
        <translation>В работе</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/labels.py" line="72"/>
        <source>Completed</source>
        <translation>Завершена</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/labels.py" line="78"/>
        <source>Identified</source>
        <translation>Выявлено</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/labels.py" line="79"/>
        <source>Recommended</source>
        <translation>Рекомендовано</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/labels.py" line="80"/>
        <source>Implemented</source>
        <translation>Внедрено</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/labels.py" line="81"/>
        <source>Rejected</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/labels.py" line="88"/>
        <source>Production output</source>
        <translation>Объём производства</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/labels.py" line="89"/>
        <source>Value added</source>
        <translation>Добавленная стоимость</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/labels.py" line="90"/>
        <source>Electricity</source>
        <translation>Электроэнергия</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/labels.py" line="91"/>
        <source>Natural gas</source>
        <translation>Природный газ</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/labels.py" line="92"/>
        <source>Purchased heat</source>
        <translation>Покупная тепловая энергия</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/labels.py" line="93"/>
        <source>Fuel oil</source>
        <translation>Мазут</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/labels.py" line="94"/>
        <source>Coal</source>
        <translation>Уголь</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/labels.py" line="95"/>
        <source>Diesel</source>
        <translation>Дизельное топливо</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/labels.py" line="97"/>
        <source>Wastewater</source>
        <translation>Сточные воды</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/labels.py" line="98"/>
        <source>Raw materials</source>
        <translation>Сырьё</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/labels.py" line="99"/>
        <source>Chemicals</source>
        <translation>Химикаты</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/labels.py" line="100"/>
        <source>Packaging</source>
        <translation>Упаковка</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/labels.py" line="101"/>
        <source>Non-hazardous waste</source>
        <translation>Неопасные отходы</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/labels.py" line="102"/>
        <source>Hazardous waste</source>
        <translation>Опасные отходы</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/labels.py" line="38"/>
        <source>Park management</source>
        <translation>Управление парком</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/labels.py" line="39"/>
        <source>Environmental</source>
        <translation>Окружающая среда</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/labels.py" line="40"/>
        <source>Social</source>
        <translation>Социальная сфера</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/labels.py" line="41"/>
        <source>Economic</source>
        <translation>Экономика</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../recp_desktop/ui/main_window.py" line="200"/>
        <source>Backup restored.</source>
        <translation>Резервная копия восстановлена.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../recp_desktop/ui/main_window.py" line="411"/>
        <source>%n record(s) in conflict: File &gt; Conflicts… to settle them.</source>
        <translation>
            <numerusform>%n запись в конфликте: разрешите её через Файл &gt; Конфликты…</numerusform>
            <numerusform>%n записи в конфликте: разрешите их через Файл &gt; Конфликты…</numerusform>
            <numerusform>%n записей в конфликте: разрешите их через Файл &gt; Конфликты…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/main_window.py" line="461"/>
        <source>New company</source>
        <translation>Новая компания</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/main_window.py" line="462"/>
        <source>Start an assessment of {name} now?</source>
        <translation>Начать оценку компании {name} сейчас?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../recp_desktop/ui/main_window.py" line="554"/>
        <source>%n answer(s) waiting to be saved.</source>
        <translation>
            <numerusform>%n ответ ожидает сохранения.</numerusform>
            <numerusform>%n ответа ожидают сохранения.</numerusform>
            <numerusform>%n ответов ожидают сохранения.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/main_window.py" line="571"/>
        <source>All changes saved at {time}</source>
        <translation>Все изменения сохранены в {time}</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/main_window.py" line="564"/>
        <source>Not saved — retrying</source>
        <translation>Не сохранено — повторяем</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/main_window.py" line="511"/>
        <source>Creating the demo company…</source>
        <translation>Создаётся демонстрационное предприятие…</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/main_window.py" line="519"/>
        <source>Entering the baseline…</source>
        <translation>Вносятся исходные данные…</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/main_window.py" line="520"/>
        <source>Answering the checklists…</source>
        <translation>Заполняются чек-листы…</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/main_window.py" line="521"/>
        <source>Calculating the options…</source>
        <translation>Рассчитываются мероприятия…</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/main_window.py" line="595"/>
        <source>Settings saved.</source>
        <translation>Настройки сохранены.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/main_window.py" line="645"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/main_window.py" line="646"/>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/main_window.py" line="647"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/main_window.py" line="648"/>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/main_window.py" line="649"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/main_window.py" line="650"/>
        <source>&amp;Home</source>
        <translation>&amp;Главная</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/main_window.py" line="651"/>
        <source>New &amp;company…</source>
        <translation>Новая &amp;компания…</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/main_window.py" line="652"/>
        <source>New &amp;assessment…</source>
        <translation>Новая &amp;оценка…</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/main_window.py" line="653"/>
        <source>Create &amp;demo company</source>
        <translation>Создать &amp;демо-компанию</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/main_window.py" line="654"/>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/main_window.py" line="655"/>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Восстановить из резервной копии…</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/main_window.py" line="656"/>
        <source>&amp;Export package…</source>
        <translation>&amp;Экспорт пакета…</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/main_window.py" line="657"/>
        <source>&amp;Import packages…</source>
        <translation>&amp;Импорт пакетов…</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/main_window.py" line="658"/>
        <source>Export &amp;tables…</source>
        <translation>Экспорт &amp;таблиц…</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/main_window.py" line="659"/>
        <source>Con&amp;flicts…</source>
        <translation>Кон&amp;фликты…</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/main_window.py" line="661"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/main_window.py" line="662"/>
        <source>&amp;About RECP Desktop</source>
        <translation>&amp;О программе RECP Desktop</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/main_window.py" line="665"/>
        <source>Main toolbar</source>
        <translation>Главная панель</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/main_window.py" line="545"/>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/main_window.py" line="546"/>
        <source>Redo</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/main_window.py" line="669"/>
        <source>Opening {folder}…</source>
        <translation>Открываем {folder}…</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/main_window.py" line="671"/>
        <source>Data: {path}</source>
        <translation>Данные: {path}</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/main_window.py" line="568"/>
        <source>No changes yet</source>
        <translation>Изменений пока нет</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/main_window.py" line="679"/>
        <source>About RECP Desktop</source>
        <translation>О программе RECP Desktop</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/main_window.py" line="681"/>
        <source>&lt;b&gt;RECP Desktop {version}&lt;/b&gt;&lt;p&gt;Resource Efficient and Cleaner Production audits, offline.&lt;/p&gt;&lt;p&gt;Data folder: {folder}&lt;/p&gt;&lt;p&gt;Log folder: {logs}&lt;/p&gt;&lt;p&gt;Device: {device}&lt;/p&gt;</source>
        <translation>&lt;b&gt;RECP Desktop {version}&lt;/b&gt;&lt;p&gt;Аудиты ресурсоэффективного и более чистого производства (РЭЧП) без подключения к сети.&lt;/p&gt;&lt;p&gt;Папка данных: {folder}&lt;/p&gt;&lt;p&gt;Папка журналов: {logs}&lt;/p&gt;&lt;p&gt;Устройство: {device}&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/main_window.py" line="707"/>
        <source>Unsaved answers</source>
        <translation>Несохранённые ответы</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/main_window.py" line="709"/>
        <source>Some answers could not be saved because the disk refuses writes. Quit anyway and lose them?</source>
        <translation>Некоторые ответы не удалось сохранить: диск не принимает запись. Всё равно выйти и потерять их?</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/main_window.py" line="660"/>
        <source>Companies that &amp;look the same…</source>
        <translation>&amp;Похожие компании…</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/main_window.py" line="522"/>
        <source>Recording the waste streams…</source>
        <translation>Запись потоков отходов…</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/main_window.py" line="663"/>
        <source>Waste &amp;map…</source>
        <translation>&amp;Карта отходов…</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/main_window.py" line="664"/>
        <source>&amp;Symbiosis candidates…</source>
        <translation>&amp;Кандидаты симбиоза…</translation>
    </message>
</context>
<context>
    <name>OptionsModel</name>
    <message>
        <location filename="../../recp_desktop/ui/options_page.py" line="160"/>
        <source>Option</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/options_page.py" line="161"/>
        <source>Area</source>
        <translation>Область</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/options_page.py" line="162"/>
        <source>CP technique</source>
        <translation>Метод ЧП</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/options_page.py" line="163"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/options_page.py" line="164"/>
        <source>Investment, {currency}</source>
        <translation>Инвестиции, {currency}</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/options_page.py" line="165"/>
        <source>Saving, {currency}/yr</source>
        <translation>Экономия, {currency}/год</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/options_page.py" line="170"/>
        <source>Payback</source>
        <translation>Окупаемость</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/options_page.py" line="228"/>
        <source>The option needs a title.</source>
        <translation>Укажите название мероприятия.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/options_page.py" line="231"/>
        <source>The investment cannot be negative.</source>
        <translation>Инвестиции не могут быть отрицательными.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/options_page.py" line="259"/>
        <source>New option</source>
        <translation>Новое мероприятие</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/options_page.py" line="166"/>
        <source>Energy, {unit}</source>
        <translation>Энергия, {unit}</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/options_page.py" line="167"/>
        <source>Water, {unit}</source>
        <translation>Вода, {unit}</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/options_page.py" line="168"/>
        <source>Materials, {unit}</source>
        <translation>Материалы, {unit}</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/options_page.py" line="169"/>
        <source>CO2, {unit}</source>
        <translation>CO2, {unit}</translation>
    </message>
</context>
<context>
    <name>OptionsPage</name>
    <message>
        <location filename="../../recp_desktop/ui/options_page.py" line="381"/>
        <source>Delete option</source>
        <translation>Удалить мероприятие</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/options_page.py" line="382"/>
        <source>Delete “{title}”? Edit &gt; Undo brings it back.</source>
        <translation>Удалить «{title}»? Правка &gt; Отменить вернёт его.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/options_page.py" line="397"/>
        <source>&lt;b&gt;Total of {count} options (not rejected):&lt;/b&gt; {money} {currency}/yr saved for {investment} {currency} invested · {energy} kWh · {water} m³ · {materials} t · {co2} t CO2 per year · payback {payback}</source>
        <translation>&lt;b&gt;Итого, мероприятий (без отклонённых): {count}.&lt;/b&gt; Экономия {money} {currency}/год при инвестициях {investment} {currency} · {energy} кВт·ч · {water} м³ · {materials} т · {co2} т CO2 в год · срок окупаемости: {payback}</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/options_page.py" line="419"/>
        <source>Options</source>
        <translation>Мероприятия</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/options_page.py" line="420"/>
        <source>New option</source>
        <translation>Новое мероприятие</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/options_page.py" line="421"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/options_page.py" line="424"/>
        <source>Options come from the calculators (Ctrl+K on a checklist question) or are added here. Double-click a cell to edit; Ctrl+Z undoes.</source>
        <translation>Мероприятия приходят из калькуляторов (Ctrl+K на вопросе чек-листа) или добавляются здесь. Дважды щёлкните ячейку, чтобы изменить её; Ctrl+Z отменяет.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../recp_desktop/ui/overview_page.py" line="142"/>
        <source>{count} options (not rejected) save {money} {currency}, {energy} MWh, {water} m³ and {co2} t CO2 per year for {investment} {currency}; payback {payback}.</source>
        <translation>Мероприятия (без отклонённых), {count}: экономия в год — {money} {currency}, {energy} МВт·ч, {water} м³ и {co2} т CO2 при инвестициях {investment} {currency}; срок окупаемости: {payback}.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/overview_page.py" line="157"/>
        <source>Energy productivity</source>
        <translation>Продуктивность использования энергии</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/overview_page.py" line="158"/>
        <source>Water productivity</source>
        <translation>Продуктивность использования воды</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/overview_page.py" line="159"/>
        <source>Materials productivity</source>
        <translation>Продуктивность использования материалов</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/overview_page.py" line="160"/>
        <source>Waste intensity</source>
        <translation>Удельное образование отходов</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/overview_page.py" line="161"/>
        <source>Wastewater intensity</source>
        <translation>Удельный объём сточных вод</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/overview_page.py" line="162"/>
        <source>CO2 intensity</source>
        <translation>Удельные выбросы CO2</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/overview_page.py" line="166"/>
        <source>Indicator</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/overview_page.py" line="167"/>
        <source>Unit</source>
        <translation>Ед. изм.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/overview_page.py" line="168"/>
        <source>Baseline</source>
        <translation>Исходный уровень</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/overview_page.py" line="169"/>
        <source>With recommended options</source>
        <translation>С рекомендованными мероприятиями</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/overview_page.py" line="170"/>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/overview_page.py" line="191"/>
        <source>production output</source>
        <translation>объём производства</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/overview_page.py" line="192"/>
        <source>value added</source>
        <translation>добавленная стоимость</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/overview_page.py" line="193"/>
        <source>energy use</source>
        <translation>потребление энергии</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/overview_page.py" line="194"/>
        <source>water use</source>
        <translation>потребление воды</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/overview_page.py" line="195"/>
        <source>materials</source>
        <translation>материалы</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/overview_page.py" line="196"/>
        <source>waste</source>
        <translation>отходы</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/overview_page.py" line="197"/>
        <source>wastewater</source>
        <translation>сточные воды</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/overview_page.py" line="201"/>
        <source>The baseline lacks {what}: fill it in for the indicators.</source>
        <translation>В исходных данных не хватает: {what}. Заполните их для расчёта индикаторов.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/overview_page.py" line="215"/>
        <source>Edit company…</source>
        <translation>Изменить компанию…</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/overview_page.py" line="216"/>
        <source>Edit assessment…</source>
        <translation>Изменить оценку…</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/overview_page.py" line="220"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/overview_page.py" line="222"/>
        <source>Region, city</source>
        <translation>Регион, город</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/overview_page.py" line="225"/>
        <source>NACE sector</source>
        <translation>Отрасль (NACE)</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/overview_page.py" line="226"/>
        <source>Employees</source>
        <translation>Сотрудников</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/overview_page.py" line="227"/>
        <source>Products</source>
        <translation>Продукция</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/overview_page.py" line="228"/>
        <source>Eco-industrial park</source>
        <translation>Экоиндустриальный парк</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/overview_page.py" line="229"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/overview_page.py" line="230"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/overview_page.py" line="231"/>
        <source>Dates</source>
        <translation>Сроки</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/overview_page.py" line="232"/>
        <source>Team</source>
        <translation>Команда</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/overview_page.py" line="233"/>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/overview_page.py" line="244"/>
        <source>Checklists</source>
        <translation>Чек-листы</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/overview_page.py" line="248"/>
        <source>Savings and RECP indicators</source>
        <translation>Экономия и индикаторы РЭЧП</translation>
    </message>
</context>
<context>
    <name>ParksView</name>
    <message>
        <location filename="../../recp_desktop/ui/parks_view.py" line="61"/>
        <source>open</source>
        <translation>открыт</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/parks_view.py" line="62"/>
        <location filename="../../recp_desktop/ui/parks_view.py" line="119"/>
        <source>confirmed</source>
        <translation>подтверждён</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/parks_view.py" line="63"/>
        <source>dismissed</source>
        <translation>отклонён</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/parks_view.py" line="126"/>
        <source>Park, company or exchange</source>
        <translation>Парк, предприятие или обмен</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/parks_view.py" line="128"/>
        <source>Assessments</source>
        <translation>Оценки</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/parks_view.py" line="129"/>
        <source>Completed</source>
        <translation>Завершены</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/parks_view.py" line="130"/>
        <source>Waste streams</source>
        <translation>Потоки отходов</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/parks_view.py" line="131"/>
        <source>t/year</source>
        <translation>т/год</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/parks_view.py" line="81"/>
        <location filename="../../recp_desktop/ui/parks_view.py" line="121"/>
        <source>{count} confirmed</source>
        <translation>подтверждено: {count}</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/parks_view.py" line="127"/>
        <source>Companies</source>
        <translation>Предприятия</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/parks_view.py" line="132"/>
        <source>Exchange</source>
        <translation>Обмен</translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <location filename="../../recp_desktop/ui/club_dialogs.py" line="128"/>
        <source>Add a participant</source>
        <translation>Добавить участника</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_dialogs.py" line="135"/>
        <source>C&amp;ompany:</source>
        <translation>&amp;Компания:</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_dialogs.py" line="136"/>
        <source>&amp;Name:</source>
        <translation>&amp;Имя и фамилия:</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_dialogs.py" line="137"/>
        <source>&amp;Position:</source>
        <translation>&amp;Должность:</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_dialogs.py" line="138"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;Эл. почта:</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_dialogs.py" line="142"/>
        <source>Create the company first (File &gt; New company).</source>
        <translation>Сначала создайте компанию (Файл &gt; Новая компания).</translation>
    </message>
</context>
<context>
    <name>QuickWinsPage</name>
    <message>
        <location filename="../../recp_desktop/ui/club_view.py" line="36"/>
        <source>My quick wins</source>
        <translation>Мои быстрые решения</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_view.py" line="37"/>
        <source>New quick win</source>
        <translation>Новое быстрое решение</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_view.py" line="40"/>
        <source>Quick wins come from the calculators: on a checklist question, Ctrl+K. Double-click a cell to change it; Ctrl+Z undoes.</source>
        <translation>Быстрые решения появляются из калькуляторов: на вопросе контрольного листа нажмите Ctrl+K. Двойной щелчок по ячейке — изменить; Ctrl+Z — отменить.</translation>
    </message>
</context>
<context>
    <name>RegionBox</name>
    <message>
        <location filename="../../recp_desktop/ui/region_box.py" line="104"/>
        <source>“{text}” is not one of the regions of {country}: the company will not be on the waste map. Pick a region from the list.</source>
        <translation>«{text}» — не регион из списка для страны {country}: предприятие не попадёт на карту отходов. Выберите регион из списка.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/region_box.py" line="99"/>
        <source>“{text}” names more than one region of {country}: pick the one from the list, or the company will not be on the waste map.</source>
        <translation>«{text}» — так называются несколько регионов страны {country}: выберите нужный из списка, иначе предприятия не будет на карте отходов.</translation>
    </message>
</context>
<context>
    <name>RegionTableModel</name>
    <message>
        <location filename="../../recp_desktop/ui/waste_map.py" line="91"/>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/waste_map.py" line="92"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/waste_map.py" line="93"/>
        <source>t/year</source>
        <translation>т/год</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/waste_map.py" line="94"/>
        <source>Streams</source>
        <translation>Потоки</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/waste_map.py" line="95"/>
        <source>Companies</source>
        <translation>Предприятия</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/waste_map.py" line="106"/>
        <source>{name} (not on the map)</source>
        <translation>{name} (нет на карте)</translation>
    </message>
</context>
<context>
    <name>ReportMenu</name>
    <message>
        <location filename="../../recp_desktop/ui/report_task.py" line="100"/>
        <source>&amp;Report</source>
        <translation>&amp;Отчёт</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/report_task.py" line="101"/>
        <source>Generate &amp;PDF…</source>
        <translation>Создать &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/report_task.py" line="102"/>
        <source>Report &amp;language</source>
        <translation>&amp;Язык отчёта</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/report_task.py" line="107"/>
        <source>RECP report</source>
        <translation>Отчёт РЭЧП</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/report_task.py" line="111"/>
        <source>Save the report as</source>
        <translation>Сохранить отчёт как</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/report_task.py" line="111"/>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/report_task.py" line="131"/>
        <source>Some answers are not saved yet and are not in the report.</source>
        <translation>Некоторые ответы ещё не сохранены и не вошли в отчёт.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/report_task.py" line="147"/>
        <location filename="../../recp_desktop/ui/report_task.py" line="156"/>
        <source>Writing the report…</source>
        <translation>Создание отчёта…</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/report_task.py" line="150"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/report_task.py" line="149"/>
        <location filename="../../recp_desktop/ui/report_task.py" line="192"/>
        <source>Report</source>
        <translation>Отчёт</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/report_task.py" line="153"/>
        <source>Reading the assessment…</source>
        <translation>Чтение данных оценки…</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/report_task.py" line="154"/>
        <source>Preparing the photos…</source>
        <translation>Подготовка фотографий…</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/report_task.py" line="155"/>
        <source>Laying out the pages…</source>
        <translation>Вёрстка страниц…</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/report_task.py" line="170"/>
        <source>Report saved: {path}</source>
        <translation>Отчёт сохранён: {path}</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/report_task.py" line="175"/>
        <source>No program to open {path} was found.</source>
        <translation>Не найдена программа, чтобы открыть {path}.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/report_task.py" line="184"/>
        <source>The report was cancelled.</source>
        <translation>Создание отчёта отменено.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/report_task.py" line="191"/>
        <source>The report could not be written: {reason}</source>
        <translation>Не удалось создать отчёт: {reason}</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../recp_desktop/ui/backup_dialog.py" line="27"/>
        <source>Daily</source>
        <translation>Ежедневная</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/backup_dialog.py" line="28"/>
        <source>Before upgrade</source>
        <translation>Перед обновлением</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/backup_dialog.py" line="29"/>
        <source>Before a restore</source>
        <translation>Перед восстановлением</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/backup_dialog.py" line="30"/>
        <source>Manual</source>
        <translation>Вручную</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/backup_dialog.py" line="39"/>
        <location filename="../../recp_desktop/ui/backup_dialog.py" line="96"/>
        <source>Restore from backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/backup_dialog.py" line="44"/>
        <source>Pick a backup to go back to. The current database is kept as a backup too, so a restore can itself be undone.</source>
        <translation>Выберите резервную копию для возврата. Текущая база данных тоже сохраняется как резервная копия, поэтому восстановление можно отменить.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/backup_dialog.py" line="50"/>
        <source>Taken</source>
        <translation>Создана</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/backup_dialog.py" line="50"/>
        <source>Why</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/backup_dialog.py" line="50"/>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/backup_dialog.py" line="69"/>
        <source>Restore…</source>
        <translation>Восстановить…</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/backup_dialog.py" line="80"/>
        <source>There are no backups yet.</source>
        <translation>Резервных копий пока нет.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/backup_dialog.py" line="98"/>
        <source>Replace the current data with the backup taken {when}? The current data is kept as a backup.</source>
        <translation>Заменить текущие данные резервной копией от {when}? Текущие данные будут сохранены как резервная копия.</translation>
    </message>
</context>
<context>
    <name>ReviewBar</name>
    <message>
        <location filename="../../recp_desktop/ui/review_bar.py" line="112"/>
        <source>Draft</source>
        <translation>Черновик</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/review_bar.py" line="113"/>
        <source>Submitted for review</source>
        <translation>Отправлено на проверку</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/review_bar.py" line="114"/>
        <source>Approved</source>
        <translation>Одобрено</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/review_bar.py" line="115"/>
        <source>Returned to the expert</source>
        <translation>Возвращено эксперту</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/review_bar.py" line="123"/>
        <source>&amp;Submit for review</source>
        <translation>&amp;Отправить на проверку</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/review_bar.py" line="124"/>
        <source>&amp;Withdraw submission</source>
        <translation>Отозвать с &amp;проверки</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/review_bar.py" line="125"/>
        <source>Re&amp;open for editing…</source>
        <translation>От&amp;крыть для изменения…</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/review_bar.py" line="126"/>
        <source>Appro&amp;ve</source>
        <translation>Одо&amp;брить</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/review_bar.py" line="127"/>
        <source>Re&amp;turn…</source>
        <translation>&amp;Вернуть…</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/review_bar.py" line="128"/>
        <source>Review &amp;history…</source>
        <translation>&amp;История проверки…</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/review_bar.py" line="135"/>
        <source>Review: %1</source>
        <translation>Проверка: %1</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/review_bar.py" line="150"/>
        <source>Returned by %1 on %2:</source>
        <translation>Вернул(а) %1, %2:</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/review_bar.py" line="158"/>
        <source>Review steps were taken on two devices without seeing each other; this state stands until the next step.</source>
        <translation>Шаги проверки сделаны на двух устройствах независимо друг от друга; это состояние действует до следующего шага.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/review_bar.py" line="173"/>
        <location filename="../../recp_desktop/ui/review_bar.py" line="233"/>
        <source>Review</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/review_bar.py" line="179"/>
        <source>Approval withdrawn: the assessment is a draft again, to be submitted and reviewed again.</source>
        <translation>Одобрение отозвано: оценка снова черновик, её нужно снова отправить и проверить.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/review_bar.py" line="184"/>
        <source>Submitted for review.</source>
        <translation>Отправлено на проверку.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/review_bar.py" line="185"/>
        <source>Submission withdrawn: the assessment is a draft again.</source>
        <translation>Отправка отозвана: оценка снова черновик.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/review_bar.py" line="186"/>
        <source>Approved.</source>
        <translation>Одобрено.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/review_bar.py" line="187"/>
        <source>Returned to the expert.</source>
        <translation>Возвращено эксперту.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/review_bar.py" line="208"/>
        <source>Reopen the approved assessment?</source>
        <translation>Открыть одобренную оценку для изменения?</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/review_bar.py" line="210"/>
        <source>This assessment is approved. Editing it withdraws the approval: it goes back to draft, to be submitted and reviewed again. Withdraw and edit?</source>
        <translation>Эта оценка одобрена. Изменение отзывает одобрение: оценка снова станет черновиком, её нужно будет снова отправить и проверить. Отозвать и изменить?</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/review_bar.py" line="213"/>
        <source>Not edited: reopen the approved assessment to edit it.</source>
        <translation>Не изменено: чтобы изменить одобренную оценку, откройте её для изменения.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/review_bar.py" line="216"/>
        <source>Withdraw the submission?</source>
        <translation>Отозвать с проверки?</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/review_bar.py" line="218"/>
        <source>This assessment is submitted for review. Editing it withdraws the submission: it goes back to draft, to be submitted again when done. Withdraw and edit?</source>
        <translation>Эта оценка отправлена на проверку. Изменение отзывает отправку: оценка снова станет черновиком, отправьте её снова, когда закончите. Отозвать и изменить?</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/review_bar.py" line="221"/>
        <source>Not edited: withdraw the submission to edit this assessment.</source>
        <translation>Не изменено: чтобы изменить оценку, отзовите её с проверки.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/review_bar.py" line="227"/>
        <source>Return the assessment</source>
        <translation>Вернуть оценку</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/review_bar.py" line="227"/>
        <source>What should the expert change?</source>
        <translation>Что эксперту следует исправить?</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/review_bar.py" line="233"/>
        <source>Write what the expert should change.</source>
        <translation>Напишите, что эксперту следует исправить.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/review_bar.py" line="243"/>
        <source>Review history</source>
        <translation>История проверки</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <location filename="../../recp_desktop/ui/club_dialogs.py" line="105"/>
        <source>Add a session</source>
        <translation>Добавить занятие</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_dialogs.py" line="108"/>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_dialogs.py" line="109"/>
        <source>&amp;Topic:</source>
        <translation>&amp;Тема:</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../recp_desktop/ui/settings_dialog.py" line="67"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/settings_dialog.py" line="72"/>
        <source>System language ({name})</source>
        <translation>Язык системы ({name})</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/settings_dialog.py" line="77"/>
        <source>Printed on reports</source>
        <translation>Печатается в отчётах</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/settings_dialog.py" line="78"/>
        <source>General</source>
        <translation>Общие</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/settings_dialog.py" line="80"/>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/settings_dialog.py" line="81"/>
        <source>&amp;Centre name:</source>
        <translation>&amp;Название центра:</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/settings_dialog.py" line="84"/>
        <source>No default</source>
        <translation>Не задана</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/settings_dialog.py" line="89"/>
        <source>The company&apos;s national currency</source>
        <translation>Национальная валюта компании</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/settings_dialog.py" line="92"/>
        <source>New companies and assessments</source>
        <translation>Новые компании и оценки</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/settings_dialog.py" line="94"/>
        <source>Default c&amp;ountry:</source>
        <translation>С&amp;трана по умолчанию:</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/settings_dialog.py" line="95"/>
        <source>Default c&amp;urrency:</source>
        <translation>&amp;Валюта по умолчанию:</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/settings_dialog.py" line="103"/>
        <source>Packages from this computer are signed with this key; compare it by phone.</source>
        <translation>Пакеты с этого компьютера подписываются этим ключом; сверяйте его по телефону.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/settings_dialog.py" line="106"/>
        <source>&amp;Open folder</source>
        <translation>&amp;Открыть папку</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/settings_dialog.py" line="111"/>
        <source>This computer</source>
        <translation>Этот компьютер</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/settings_dialog.py" line="113"/>
        <source>&amp;Device name:</source>
        <translation>&amp;Имя устройства:</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/settings_dialog.py" line="114"/>
        <source>Device ID:</source>
        <translation>Идентификатор устройства:</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/settings_dialog.py" line="115"/>
        <source>Key fingerprint:</source>
        <translation>Отпечаток ключа:</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/settings_dialog.py" line="116"/>
        <source>Data folder:</source>
        <translation>Папка данных:</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/settings_dialog.py" line="120"/>
        <source>&amp;Back up now</source>
        <translation>&amp;Создать резервную копию</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/settings_dialog.py" line="123"/>
        <source>Backups</source>
        <translation>Резервные копии</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/settings_dialog.py" line="125"/>
        <source>Backups to &amp;keep:</source>
        <translation>&amp;Хранить копий:</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/settings_dialog.py" line="126"/>
        <source>Latest backup:</source>
        <translation>Последняя копия:</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/settings_dialog.py" line="153"/>
        <source>Hub</source>
        <translation>Хаб</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/settings_dialog.py" line="163"/>
        <source>Not connected. File &gt; Connect to hub… signs this computer in.</source>
        <translation>Не подключено. Файл &gt; Подключиться к хабу… выполняет вход с этого компьютера.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/settings_dialog.py" line="168"/>
        <source>auditor</source>
        <translation>аудитор</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/settings_dialog.py" line="169"/>
        <source>supervisor</source>
        <translation>руководитель</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/settings_dialog.py" line="170"/>
        <source>administrator</source>
        <translation>администратор</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/settings_dialog.py" line="173"/>
        <source>Hub:</source>
        <translation>Хаб:</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/settings_dialog.py" line="174"/>
        <source>User:</source>
        <translation>Пользователь:</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/settings_dialog.py" line="175"/>
        <source>Organisation:</source>
        <translation>Организация:</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/settings_dialog.py" line="176"/>
        <source>Role:</source>
        <translation>Роль:</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/settings_dialog.py" line="180"/>
        <source>Pinned certificate:</source>
        <translation>Закреплённый сертификат:</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/settings_dialog.py" line="190"/>
        <source>Unavailable: {reason}</source>
        <translation>Недоступно: {reason}</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/settings_dialog.py" line="205"/>
        <source>None yet</source>
        <translation>Пока нет</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/settings_dialog.py" line="210"/>
        <source>{when} ({why}, {size})</source>
        <translation>{when} ({why}, {size})</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/settings_dialog.py" line="239"/>
        <source>The backup failed: {reason}</source>
        <translation>Резервное копирование не удалось: {reason}</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/settings_dialog.py" line="249"/>
        <source>The device needs a name.</source>
        <translation>Укажите имя устройства.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/settings_dialog.py" line="261"/>
        <source>Could not save the settings: {reason}</source>
        <translation>Не удалось сохранить настройки: {reason}</translation>
    </message>
</context>
<context>
    <name>SimpleCalculatorDialog</name>
    <message>
        <location filename="../../recp_desktop/ui/simple_calculator.py" line="53"/>
        <source>What you measure, count or read on a bill</source>
        <translation>Что вы измеряете, считаете или читаете в счёте</translation>
    </message>
    <message numerus="yes">
        <location filename="../../recp_desktop/ui/simple_calculator.py" line="84"/>
        <location filename="../../recp_desktop/ui/simple_calculator.py" line="155"/>
        <source>Show the other assumptions (%n)</source>
        <translation>
            <numerusform>Показать остальные допущения (%n)</numerusform>
            <numerusform>Показать остальные допущения (%n)</numerusform>
            <numerusform>Показать остальные допущения (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/simple_calculator.py" line="110"/>
        <source>{calculator} — simple</source>
        <translation>{calculator} — простой режим</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/simple_calculator.py" line="144"/>
        <source>Assumed unless you change it: {list}.</source>
        <translation>Принято, если не измените: {list}.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/simple_calculator.py" line="153"/>
        <source>Hide the other assumptions</source>
        <translation>Скрыть остальные допущения</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/simple_calculator.py" line="167"/>
        <source>Save it in my quick wins</source>
        <translation>Сохранить в мои быстрые решения</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/simple_calculator.py" line="178"/>
        <source>Save as a quick win</source>
        <translation>Сохранить как быстрое решение</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/simple_calculator.py" line="181"/>
        <source>What to fix</source>
        <translation>Что исправить</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/simple_calculator.py" line="183"/>
        <source>What fixing it costs ({currency})</source>
        <translation>Сколько стоит исправить ({currency})</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/simple_calculator.py" line="196"/>
        <source>Fixing it saves about {money} {currency} a year.</source>
        <translation>Исправление сэкономит около {money} {currency} в год.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/simple_calculator.py" line="200"/>
        <source>Type the price from your bill to see the money it saves.</source>
        <translation>Введите цену из счёта, чтобы увидеть экономию в деньгах.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/simple_calculator.py" line="228"/>
        <source>How this was worked out</source>
        <translation>Как это посчитано</translation>
    </message>
</context>
<context>
    <name>SiteEdit</name>
    <message>
        <location filename="../../recp_desktop/ui/site_edit.py" line="55"/>
        <source>Optional: the site in decimal degrees (WGS 84, as a phone or an online map shows it); south and west negative. With it, the waste map shows the company as a point and symbiosis measures distances between sites.</source>
        <translation>Необязательно: координаты площадки в десятичных градусах (WGS 84, как их показывает телефон или онлайн-карта); южная широта и западная долгота — со знаком минус. С ними карта отходов показывает предприятие точкой, а симбиоз считает расстояние между площадками.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/site_edit.py" line="42"/>
        <location filename="../../recp_desktop/ui/site_edit.py" line="99"/>
        <source>Latitude</source>
        <translation>Широта</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/site_edit.py" line="40"/>
        <source>° N</source>
        <comment>latitude, north</comment>
        <translation>° с. ш.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/site_edit.py" line="41"/>
        <source>° E</source>
        <comment>longitude, east</comment>
        <translation>° в. д.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/site_edit.py" line="43"/>
        <location filename="../../recp_desktop/ui/site_edit.py" line="100"/>
        <source>Longitude</source>
        <translation>Долгота</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/site_edit.py" line="112"/>
        <source>{label} must be between −{limit} and {limit} degrees.</source>
        <translation>{label}: допустимо от −{limit} до {limit} градусов.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/site_edit.py" line="118"/>
        <source>Give both the latitude and the longitude, or neither.</source>
        <translation>Укажите и широту, и долготу — или ни то, ни другое.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/site_edit.py" line="83"/>
        <source>This site is outside {country} on the map; swapped, the two numbers fall inside it: the latitude (° N) comes first.</source>
        <translation>Эта точка на карте вне страны {country}; если поменять числа местами, она попадает внутрь: широта (° с. ш.) идёт первой.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/site_edit.py" line="87"/>
        <source>This site is outside {country} on the map: check the latitude and longitude.</source>
        <translation>Эта точка на карте вне страны {country}: проверьте широту и долготу.</translation>
    </message>
</context>
<context>
    <name>SymbiosisWindow</name>
    <message>
        <location filename="../../recp_desktop/ui/symbiosis_page.py" line="299"/>
        <source>No candidate: no waste stream matches another company&apos;s sector in the shipped mapping.</source>
        <translation>Кандидатов нет: ни один поток отходов не подходит отрасли другого предприятия по поставляемой таблице соответствий.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/symbiosis_page.py" line="319"/>
        <source>Sources:</source>
        <translation>Источники:</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/symbiosis_page.py" line="322"/>
        <source>Declared by the receiving company.</source>
        <translation>Заявлено принимающим предприятием.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/symbiosis_page.py" line="356"/>
        <source>Symbiosis candidates — RECP Desktop</source>
        <translation>Кандидаты симбиоза — RECP Desktop</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/symbiosis_page.py" line="373"/>
        <source>Comment (optional)</source>
        <translation>Комментарий (необязательно)</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/symbiosis_page.py" line="374"/>
        <source>&amp;Confirm</source>
        <translation>&amp;Подтвердить</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/symbiosis_page.py" line="375"/>
        <source>&amp;Dismiss</source>
        <translation>&amp;Отклонить</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/symbiosis_page.py" line="376"/>
        <source>&amp;Reopen</source>
        <translation>&amp;Вернуть в открытые</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/symbiosis_page.py" line="377"/>
        <source>Candidates</source>
        <translation>Кандидаты</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/symbiosis_page.py" line="378"/>
        <source>Eco-industrial parks</source>
        <translation>Эко-индустриальные парки</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/symbiosis_page.py" line="351"/>
        <source>in English: the mapping has no wording in this language yet</source>
        <translation>на английском: в справочнике пока нет текста на этом языке</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/symbiosis_page.py" line="338"/>
        <source>Receiver&apos;s sector: NACE {code}, {label}</source>
        <translation>Отрасль получателя: NACE {code}, {label}</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/symbiosis_page.py" line="342"/>
        <source>in English: no published NACE text in this language</source>
        <translation>на английском: опубликованного текста NACE на этом языке нет</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/symbiosis_page.py" line="358"/>
        <source>Filter: company, waste stream, EWC code or material</source>
        <translation>Фильтр: предприятие, поток отходов, код ЕКО или материал</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/symbiosis_page.py" line="363"/>
        <source>All decisions</source>
        <translation>Все решения</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/symbiosis_page.py" line="363"/>
        <source>Open</source>
        <translation>Открытые</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/symbiosis_page.py" line="364"/>
        <source>Confirmed</source>
        <translation>Подтверждённые</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/symbiosis_page.py" line="365"/>
        <source>Dismissed</source>
        <translation>Отклонённые</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/symbiosis_page.py" line="369"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/symbiosis_page.py" line="370"/>
        <source>Read the candidates again (Ctrl+R)</source>
        <translation>Прочитать кандидатов заново (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/symbiosis_page.py" line="371"/>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/symbiosis_page.py" line="372"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/symbiosis_page.py" line="222"/>
        <source>Could not read the candidates: {error}</source>
        <translation>Не удалось прочитать кандидатов: {error}</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/symbiosis_page.py" line="243"/>
        <source>{count} candidates (each waste stream&apos;s {best} best receivers, and every one decided on), {confirmed} confirmed; {shown} shown.</source>
        <translation>Кандидатов: {count} (для каждого потока отходов {best} лучших получателя и все, по которым есть решение), подтверждено: {confirmed}; показано: {shown}.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/symbiosis_page.py" line="252"/>
        <location filename="../../recp_desktop/ui/symbiosis_page.py" line="294"/>
        <source>Reading the candidates…</source>
        <translation>Чтение кандидатов…</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/symbiosis_page.py" line="296"/>
        <source>No candidate matches the filter.</source>
        <translation>Ни один кандидат не подходит под фильтр.</translation>
    </message>
</context>
<context>
    <name>TemplateImportDialog</name>
    <message>
        <location filename="../../recp_desktop/ui/templates_menu.py" line="74"/>
        <source>Import checklist template</source>
        <translation>Импорт шаблона чек-листа</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/templates_menu.py" line="75"/>
        <source>Reading {file}…</source>
        <translation>Чтение {file}…</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/templates_menu.py" line="84"/>
        <source>File:</source>
        <translation>Файл:</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/templates_menu.py" line="85"/>
        <source>Title:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/templates_menu.py" line="86"/>
        <source>Id and version:</source>
        <translation>Идентификатор и версия:</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/templates_menu.py" line="87"/>
        <source>Areas:</source>
        <translation>Направления:</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/templates_menu.py" line="88"/>
        <source>Questions:</source>
        <translation>Вопросы:</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/templates_menu.py" line="89"/>
        <source>Warnings (the checklist can still be installed):</source>
        <translation>Предупреждения (чек-лист всё равно можно установить):</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/templates_menu.py" line="102"/>
        <source>Add it to the open assessment</source>
        <translation>Добавить в открытую оценку</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/templates_menu.py" line="106"/>
        <source>&amp;Install</source>
        <translation>&amp;Установить</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/templates_menu.py" line="129"/>
        <source>The workbook is a valid checklist.</source>
        <translation>Книга содержит корректный чек-лист.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/templates_menu.py" line="132"/>
        <source>{id}, version {version}</source>
        <translation>{id}, версия {version}</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/templates_menu.py" line="137"/>
        <source>{count} in {languages}</source>
        <translation>{count} на языках: {languages}</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/templates_menu.py" line="152"/>
        <source>The file cannot be read: {error}</source>
        <translation>Не удаётся прочитать файл: {error}</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/templates_menu.py" line="153"/>
        <source>This workbook cannot be imported. Nothing was changed.</source>
        <translation>Эту книгу нельзя импортировать. Ничего не изменено.</translation>
    </message>
</context>
<context>
    <name>TemplatePicker</name>
    <message>
        <location filename="../../recp_desktop/ui/templates_menu.py" line="194"/>
        <source>Checklist</source>
        <translation>Чек-лист</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/templates_menu.py" line="195"/>
        <source>Id</source>
        <translation>Идентификатор</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/templates_menu.py" line="196"/>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/templates_menu.py" line="197"/>
        <source>Questions</source>
        <translation>Вопросы</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/templates_menu.py" line="198"/>
        <source>Areas</source>
        <translation>Направления</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/templates_menu.py" line="199"/>
        <source>Origin</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/templates_menu.py" line="204"/>
        <source>built-in</source>
        <translation>встроенный</translation>
    </message>
</context>
<context>
    <name>TemplatesMenu</name>
    <message>
        <location filename="../../recp_desktop/ui/templates_menu.py" line="274"/>
        <source>&amp;Templates</source>
        <translation>&amp;Шаблоны</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/templates_menu.py" line="275"/>
        <source>&amp;Import from XLSForm…</source>
        <translation>&amp;Импорт из XLSForm…</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/templates_menu.py" line="276"/>
        <source>&amp;Export as XLSForm…</source>
        <translation>&amp;Экспорт в XLSForm…</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/templates_menu.py" line="277"/>
        <source>&amp;Add a checklist to this assessment…</source>
        <translation>&amp;Добавить чек-лист в эту оценку…</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/templates_menu.py" line="284"/>
        <source>Import a checklist from XLSForm</source>
        <translation>Импорт чек-листа из XLSForm</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/templates_menu.py" line="285"/>
        <location filename="../../recp_desktop/ui/templates_menu.py" line="343"/>
        <source>XLSForm workbooks (*.xlsx)</source>
        <translation>Книги XLSForm (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/templates_menu.py" line="308"/>
        <source>Checklist “{title}” installed.</source>
        <translation>Чек-лист «{title}» установлен.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/templates_menu.py" line="331"/>
        <source>Export a checklist as XLSForm</source>
        <translation>Экспорт чек-листа в XLSForm</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/templates_menu.py" line="332"/>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/templates_menu.py" line="341"/>
        <source>Save the checklist as</source>
        <translation>Сохранить чек-лист как</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/templates_menu.py" line="355"/>
        <source>Export as XLSForm</source>
        <translation>Экспорт в XLSForm</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/templates_menu.py" line="356"/>
        <source>{path} cannot be written: {error}</source>
        <translation>Не удаётся записать {path}: {error}</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/templates_menu.py" line="362"/>
        <source>Checklist saved: {path}</source>
        <translation>Чек-лист сохранён: {path}</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/templates_menu.py" line="382"/>
        <source>Add a checklist to this assessment</source>
        <translation>Добавить чек-лист в эту оценку</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/templates_menu.py" line="383"/>
        <source>&amp;Add</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/templates_menu.py" line="391"/>
        <source>Add a checklist</source>
        <translation>Добавить чек-лист</translation>
    </message>
</context>
<context>
    <name>UndoCommands</name>
    <message>
        <location filename="../../recp_desktop/ui/baseline_page.py" line="193"/>
        <source>edit baseline</source>
        <translation>изменение исходных данных</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/checklist_model.py" line="61"/>
        <source>answer to “{question}”</source>
        <translation>ответ на вопрос «{question}»</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_bills_model.py" line="164"/>
        <source>edit bills</source>
        <translation>изменение счетов</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/options_page.py" line="81"/>
        <source>edit option</source>
        <translation>изменение мероприятия</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/options_page.py" line="99"/>
        <source>delete option</source>
        <translation>удаление мероприятия</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/options_page.py" line="115"/>
        <source>add option “{title}”</source>
        <translation>добавление мероприятия «{title}»</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/waste_model.py" line="88"/>
        <source>edit waste stream</source>
        <translation>изменение потока отходов</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/waste_model.py" line="101"/>
        <source>delete waste stream</source>
        <translation>удаление потока отходов</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/waste_model.py" line="103"/>
        <source>add waste stream</source>
        <translation>добавление потока отходов</translation>
    </message>
</context>
<context>
    <name>WantedPanel</name>
    <message>
        <location filename="../../recp_desktop/ui/wanted_panel.py" line="165"/>
        <source>Inputs this company would take from others&apos; waste</source>
        <translation>Что предприятие готово принимать из отходов других</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/wanted_panel.py" line="167"/>
        <source>EWC</source>
        <translation>ЕКО</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/wanted_panel.py" line="167"/>
        <source>Material</source>
        <translation>Материал</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/wanted_panel.py" line="167"/>
        <location filename="../../recp_desktop/ui/wanted_panel.py" line="171"/>
        <source>t/year</source>
        <translation>т/год</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/wanted_panel.py" line="169"/>
        <source>EWC code, e.g. 02 05 01 or 10 01</source>
        <translation>Код ЕКО, например 02 05 01 или 10 01</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/wanted_panel.py" line="170"/>
        <source>material, in the company&apos;s words</source>
        <translation>материал, словами предприятия</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/wanted_panel.py" line="172"/>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/wanted_panel.py" line="173"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/wanted_panel.py" line="110"/>
        <source>Hazardous waste (marked * in the List of Waste)</source>
        <translation>Опасные отходы (отмечены * в Перечне отходов)</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/wanted_panel.py" line="136"/>
        <source>Wanted input added: {what}.</source>
        <translation>Нужный материал добавлен: {what}.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/wanted_panel.py" line="146"/>
        <source>up to {tonnes} t/year</source>
        <translation>до {tonnes} т/год</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/wanted_panel.py" line="158"/>
        <source>Wanted input removed: {what}.</source>
        <translation>Нужный материал удалён: {what}.</translation>
    </message>
</context>
<context>
    <name>WasteErrors</name>
    <message>
        <location filename="../../recp_desktop/ui/waste_errors.py" line="22"/>
        <source>Unknown unit “{unit}”: use t, kg, m³, L or pcs.</source>
        <translation>Неизвестная единица «{unit}»: используйте т, кг, м³, л или шт.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/waste_errors.py" line="25"/>
        <source>“{unit}” is not a mass, a volume or pieces: use t, kg, m³, L or pcs.</source>
        <translation>«{unit}» — не масса, не объём и не штуки: используйте т, кг, м³, л или шт.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/waste_errors.py" line="28"/>
        <source>A volume needs a bulk density (kg/m³) to be counted in tonnes.</source>
        <translation>Чтобы пересчитать объём в тонны, нужна насыпная плотность (кг/м³).</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/waste_errors.py" line="31"/>
        <source>Pieces need a mass per piece (kg) to be counted in tonnes.</source>
        <translation>Чтобы пересчитать штуки в тонны, нужна масса одной штуки (кг).</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/waste_errors.py" line="34"/>
        <source>Choose how often the quantity arises: year, quarter, month…</source>
        <translation>Выберите, за какой период указано количество: год, квартал, месяц…</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/waste_errors.py" line="37"/>
        <source>“{value}” is not a code of the List of Waste.</source>
        <translation>«{value}» — не код Европейского каталога отходов.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/waste_errors.py" line="40"/>
        <source>{field} cannot be negative.</source>
        <translation>{field}: отрицательное значение недопустимо.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/waste_errors.py" line="41"/>
        <source>{field} must be more than 0.</source>
        <translation>{field}: значение должно быть больше 0.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/waste_errors.py" line="42"/>
        <source>{field}: no waste is denser than {limit} kg/m³; check the number.</source>
        <translation>{field}: отходов плотнее {limit} кг/м³ не бывает; проверьте число.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/waste_errors.py" line="45"/>
        <source>That makes {value} t/yr, more than any plant produces (at most {limit} t/yr): check the unit, the density and the period.</source>
        <translation>Получается {value} т/год — больше, чем производит любое предприятие (не более {limit} т/год): проверьте единицу, плотность и период.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/waste_errors.py" line="50"/>
        <source>The quantity needs a unit (t, kg, m³, L or pcs).</source>
        <translation>У количества должна быть единица (т, кг, м³, л или шт).</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/waste_errors.py" line="53"/>
        <source>{field}: at most {limit} characters.</source>
        <translation>{field}: не более {limit} символов.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/waste_errors.py" line="56"/>
        <source>{field}: “{value}” is not a code, sub-chapter or chapter of the List of Waste; type e.g. 02 05 01, 02 05 or 02.</source>
        <translation>{field}: «{value}» — не код, не подраздел и не раздел каталога отходов; введите, например, 02 05 01, 02 05 или 02.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/waste_errors.py" line="61"/>
        <source>{field}: this value cannot be stored.</source>
        <translation>{field}: такое значение нельзя сохранить.</translation>
    </message>
</context>
<context>
    <name>WasteLabels</name>
    <message>
        <location filename="../../recp_desktop/ui/waste_labels.py" line="12"/>
        <source>year</source>
        <translation>год</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/waste_labels.py" line="13"/>
        <source>quarter</source>
        <translation>квартал</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/waste_labels.py" line="14"/>
        <source>month</source>
        <translation>месяц</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/waste_labels.py" line="15"/>
        <source>week</source>
        <translation>неделя</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/waste_labels.py" line="16"/>
        <source>once</source>
        <translation>однократно</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/waste_labels.py" line="23"/>
        <source>On site</source>
        <translation>На площадке</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/waste_labels.py" line="24"/>
        <source>Licensed contractor</source>
        <translation>Лицензированный подрядчик</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/waste_labels.py" line="25"/>
        <source>Municipal landfill</source>
        <translation>Городской полигон</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/waste_labels.py" line="26"/>
        <source>Municipal collection</source>
        <translation>Городской вывоз</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/waste_labels.py" line="27"/>
        <source>Another company</source>
        <translation>Другое предприятие</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/waste_labels.py" line="28"/>
        <source>Export</source>
        <translation>Вывоз за рубеж</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/waste_labels.py" line="29"/>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/waste_labels.py" line="46"/>
        <source>EWC code</source>
        <translation>Код ЕКО</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/waste_labels.py" line="47"/>
        <source>Name at the plant</source>
        <translation>Название на предприятии</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/waste_labels.py" line="48"/>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/waste_labels.py" line="49"/>
        <source>Unit</source>
        <translation>Единица</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/waste_labels.py" line="50"/>
        <source>Density, kg/m³</source>
        <translation>Плотность, кг/м³</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/waste_labels.py" line="51"/>
        <source>Mass per piece, kg</source>
        <translation>Масса одной штуки, кг</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/waste_labels.py" line="52"/>
        <source>Per</source>
        <translation>За</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/waste_labels.py" line="53"/>
        <source>Tonnes per year</source>
        <translation>Тонн в год</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/waste_labels.py" line="54"/>
        <source>Treatment</source>
        <translation>Обработка</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/waste_labels.py" line="55"/>
        <source>Destination</source>
        <translation>Куда направляется</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/waste_labels.py" line="56"/>
        <source>Annual cost</source>
        <translation>Затраты в год</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/waste_labels.py" line="57"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/waste_labels.py" line="58"/>
        <source>Material</source>
        <translation>Материал</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/waste_labels.py" line="59"/>
        <source>Deleted</source>
        <translation>Удалено</translation>
    </message>
</context>
<context>
    <name>WasteMapWindow</name>
    <message>
        <location filename="../../recp_desktop/ui/waste_map.py" line="261"/>
        <location filename="../../recp_desktop/ui/waste_map.py" line="272"/>
        <location filename="../../recp_desktop/ui/waste_map.py" line="325"/>
        <source>No waste recorded for this measure.</source>
        <translation>Для этого показателя отходы не записаны.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/waste_map.py" line="276"/>
        <source>{tonnes} t/year; streams: {streams}, companies: {companies}</source>
        <translation>{tonnes} т/год; потоков: {streams}, предприятий: {companies}</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/waste_map.py" line="282"/>
        <source>without tonnes (no density or mass): {count}</source>
        <translation>без тонн (нет плотности или массы): {count}</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/waste_map.py" line="316"/>
        <source>Click a region for its figures.</source>
        <translation>Щёлкните регион, чтобы увидеть его данные.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/waste_map.py" line="351"/>
        <source>Could not write {path}.</source>
        <translation>Не удалось записать {path}.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/waste_map.py" line="359"/>
        <location filename="../../recp_desktop/ui/waste_map.py" line="365"/>
        <source>Export map</source>
        <translation>Экспорт карты</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/waste_map.py" line="378"/>
        <source>Any recovery (R)</source>
        <translation>Любая утилизация (R)</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/waste_map.py" line="379"/>
        <source>Any disposal (D)</source>
        <translation>Любое удаление (D)</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/waste_map.py" line="380"/>
        <source>No treatment recorded</source>
        <translation>Обращение не указано</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/waste_map.py" line="388"/>
        <source>Waste map — RECP Desktop</source>
        <translation>Карта отходов — RECP Desktop</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/waste_map.py" line="389"/>
        <source>Export PNG…</source>
        <translation>Экспорт PNG…</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/waste_map.py" line="396"/>
        <source>All waste</source>
        <translation>Все отходы</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/waste_map.py" line="397"/>
        <source>Hazardous waste</source>
        <translation>Опасные отходы</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/waste_map.py" line="398"/>
        <source>By EWC chapter</source>
        <translation>По главе ЕКО</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/waste_map.py" line="399"/>
        <source>By treatment route</source>
        <translation>По способу обращения</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/waste_map.py" line="407"/>
        <source>All six countries</source>
        <translation>Все шесть стран</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/waste_map.py" line="259"/>
        <source>{tonnes} t/year</source>
        <translation>{tonnes} т/год</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/waste_map.py" line="390"/>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/waste_map.py" line="391"/>
        <source>Read the waste streams again (Ctrl+R)</source>
        <translation>Прочитать потоки отходов заново (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/waste_map.py" line="311"/>
        <source>No waste recorded in {country} for this measure.</source>
        <translation>В стране «{country}» нет отходов по этому показателю.</translation>
    </message>
</context>
<context>
    <name>WasteModel</name>
    <message>
        <location filename="../../recp_desktop/ui/waste_model.py" line="155"/>
        <source>EWC code</source>
        <translation>Код EWC</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/waste_model.py" line="156"/>
        <source>Description (List of Waste)</source>
        <translation>Описание (Перечень отходов)</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/waste_model.py" line="157"/>
        <source>Name at the plant</source>
        <translation>Название на предприятии</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/waste_model.py" line="158"/>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/waste_model.py" line="159"/>
        <source>Density, kg/m³ or kg/piece</source>
        <translation>Плотность, кг/м³ или кг/шт</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/waste_model.py" line="160"/>
        <source>Per</source>
        <translation>За</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/waste_model.py" line="161"/>
        <source>t/yr</source>
        <translation>т/год</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/waste_model.py" line="162"/>
        <source>Treatment</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/waste_model.py" line="163"/>
        <source>Destination</source>
        <translation>Куда передаются</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/waste_model.py" line="164"/>
        <source>Cost, {currency}/yr</source>
        <translation>Затраты, {currency}/год</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/waste_model.py" line="165"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/waste_model.py" line="182"/>
        <source>Hazardous waste (marked * in the List of Waste)</source>
        <translation>Опасные отходы (отмечены * в Перечне отходов)</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/waste_model.py" line="184"/>
        <source>Enter the density (or mass per piece) to count it in tonnes.</source>
        <translation>Укажите плотность (или массу одной штуки), чтобы пересчитать в тонны.</translation>
    </message>
</context>
<context>
    <name>WastePage</name>
    <message>
        <location filename="../../recp_desktop/ui/waste_page.py" line="138"/>
        <source>Waste stream {code} added; type its quantity, e.g. 12 t or 3 m³.</source>
        <translation>Поток отходов {code} добавлен; введите количество, например 12 т или 3 м³.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/waste_page.py" line="147"/>
        <source>Waste stream deleted; Edit &gt; Undo brings it back.</source>
        <translation>Поток отходов удалён; Правка &gt; Отменить вернёт его.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/waste_page.py" line="159"/>
        <source>&lt;b&gt;{count} waste streams:&lt;/b&gt; {tonnes} t/yr, of which hazardous {hazardous} t/yr · cost {cost} {currency}/yr</source>
        <translation>&lt;b&gt;Потоков отходов: {count}&lt;/b&gt; — {tonnes} т/год, из них опасных {hazardous} т/год · затраты {cost} {currency}/год</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/waste_page.py" line="169"/>
        <source>{n} without tonnes (density missing)</source>
        <translation>{n} без тонн (нет плотности)</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/waste_page.py" line="188"/>
        <source>Waste streams</source>
        <translation>Потоки отходов</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/waste_page.py" line="189"/>
        <source>&amp;Add a waste stream: type an EWC code or words</source>
        <translation>&amp;Добавить поток отходов: введите код EWC или слова</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/waste_page.py" line="190"/>
        <source>e.g. 17 05 or oil sludge</source>
        <translation>например, 17 05 или oil sludge</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/waste_page.py" line="191"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/waste_page.py" line="194"/>
        <source>Up/Down choose an entry and Enter adds it; hazardous entries (*) are red. In the table, type a quantity as 12 t, 850 kg, 3 m³ or 40 pcs; volumes and pieces need a density. Ctrl+Z undoes.</source>
        <translation>Вверх/Вниз выбирают запись, Enter добавляет её; опасные (*) — красным. В таблице вводите количество как 12 т, 850 кг, 3 м³ или 40 шт; для объёма и штук нужна плотность. Ctrl+Z отменяет.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../recp_desktop/ui/workspace.py" line="207"/>
        <source>Quick win saved; see My quick wins (Ctrl+7).</source>
        <translation>Быстрое решение сохранено; см. «Мои быстрые решения» (Ctrl+7).</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/workspace.py" line="209"/>
        <source>Option recorded; see Options (Ctrl+7).</source>
        <translation>Мероприятие записано; см. «Мероприятия» (Ctrl+7).</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/workspace.py" line="250"/>
        <source>Overview</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/workspace.py" line="251"/>
        <source>Baseline</source>
        <translation>Исходные данные</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/workspace.py" line="252"/>
        <source>Options</source>
        <translation>Мероприятия</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/workspace.py" line="253"/>
        <source>Waste streams</source>
        <translation>Потоки отходов</translation>
    </message>
</context>
</TS>
