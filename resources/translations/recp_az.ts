<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="az_AZ">
<context>
    <name>AssessmentDialog</name>
    <message>
        <location filename="../../recp_desktop/ui/dialogs.py" line="251"/>
        <source>New assessment</source>
        <translation>Yeni qiymətləndirmə</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/dialogs.py" line="251"/>
        <source>Edit assessment</source>
        <translation>Qiymətləndirməni redaktə et</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/dialogs.py" line="262"/>
        <source>Full RECP assessment</source>
        <translation>Tam RECP qiymətləndirməsi</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/dialogs.py" line="263"/>
        <source>RECP Club self-audit</source>
        <translation>RECP Klubu üzrə özünüaudit</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/dialogs.py" line="265"/>
        <source>RECP assessment {year}</source>
        <translation>RECP qiymətləndirməsi {year}</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/dialogs.py" line="272"/>
        <source>Names and roles, separated by commas</source>
        <translation>Adlar və vəzifələr, vergüllə ayrılmış</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/dialogs.py" line="279"/>
        <source>&amp;Company:</source>
        <translation>Ş&amp;irkət:</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/dialogs.py" line="280"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Növ:</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/dialogs.py" line="281"/>
        <source>&amp;Title:</source>
        <translation>&amp;Ad:</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/dialogs.py" line="282"/>
        <source>&amp;Starts:</source>
        <translation>&amp;Başlanğıc:</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/dialogs.py" line="283"/>
        <source>&amp;Ends:</source>
        <translation>&amp;Son:</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/dialogs.py" line="284"/>
        <source>T&amp;eam:</source>
        <translation>&amp;Komanda:</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/dialogs.py" line="285"/>
        <source>C&amp;urrency:</source>
        <translation>&amp;Valyuta:</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/dialogs.py" line="302"/>
        <source>Costs and savings are recorded in this currency; it cannot change.</source>
        <translation>Xərclər və qənaət bu valyutada qeyd olunub; onu dəyişmək olmaz.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/dialogs.py" line="305"/>
        <source>St&amp;atus:</source>
        <translation>St&amp;atus:</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/dialogs.py" line="310"/>
        <source>Create a company first.</source>
        <translation>Əvvəlcə şirkət yaradın.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/dialogs.py" line="350"/>
        <source>The assessment cannot end before it starts.</source>
        <translation>Qiymətləndirmə başlamazdan əvvəl bitə bilməz.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/dialogs.py" line="308"/>
        <source>Chec&amp;klists:</source>
        <translation>Yoxlama &amp;siyahıları:</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/dialogs.py" line="330"/>
        <source>Every assessment uses the four area checklists.</source>
        <translation>Hər qiymətləndirmə dörd sahə üzrə yoxlama siyahısından istifadə edir.</translation>
    </message>
</context>
<context>
    <name>AssessmentListModel</name>
    <message>
        <location filename="../../recp_desktop/ui/home.py" line="119"/>
        <source>Company</source>
        <translation>Şirkət</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/home.py" line="120"/>
        <source>Country</source>
        <translation>Ölkə</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/home.py" line="121"/>
        <source>Assessment</source>
        <translation>Qiymətləndirmə</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/home.py" line="122"/>
        <source>Kind</source>
        <translation>Növ</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/home.py" line="123"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/home.py" line="124"/>
        <source>Answered</source>
        <translation>Cavablandırılıb</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/home.py" line="135"/>
        <source>No assessment yet: select the company and press New assessment.</source>
        <translation>Hələ qiymətləndirmə yoxdur: şirkəti seçin və «Yeni qiymətləndirmə» düyməsini basın.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/home.py" line="144"/>
        <source>— no assessment yet —</source>
        <translation>— hələ qiymətləndirmə yoxdur —</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/home.py" line="150"/>
        <source>Full RECP assessment</source>
        <translation>Tam RECP qiymətləndirməsi</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/home.py" line="152"/>
        <source>RECP Club self-audit</source>
        <translation>RECP Klubu üzrə özünüaudit</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/home.py" line="156"/>
        <source>Planned</source>
        <translation>Planlaşdırılıb</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/home.py" line="157"/>
        <source>In progress</source>
        <translation>Davam edir</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/home.py" line="158"/>
        <source>Completed</source>
        <translation>Tamamlanıb</translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <location filename="../../recp_desktop/ui/club_attendance.py" line="54"/>
        <source>attended</source>
        <translation>iştirak edib</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_attendance.py" line="54"/>
        <source>absent</source>
        <translation>iştirak etməyib</translation>
    </message>
</context>
<context>
    <name>AttendanceView</name>
    <message>
        <location filename="../../recp_desktop/ui/club_attendance.py" line="136"/>
        <source>Attendance</source>
        <translation>Davamiyyət</translation>
    </message>
</context>
<context>
    <name>BaselineModel</name>
    <message>
        <location filename="../../recp_desktop/ui/baseline_page.py" line="90"/>
        <source>Line</source>
        <translation>Göstərici</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/baseline_page.py" line="91"/>
        <source>Annual quantity</source>
        <translation>İllik miqdar</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/baseline_page.py" line="92"/>
        <source>Unit</source>
        <translation>Vahid</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/baseline_page.py" line="93"/>
        <source>Annual cost, {currency}</source>
        <translation>İllik xərc, {currency}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../recp_desktop/ui/baseline_page.py" line="129"/>
        <source>The sum of %n monthly bill(s), kept with the line.</source>
        <translation>
            <numerusform>%n aylıq hesabın cəmi, sətirlə birlikdə saxlanılır.</numerusform>
            <numerusform>%n aylıq hesabın cəmi, sətirlə birlikdə saxlanılır.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/baseline_page.py" line="176"/>
        <source>a negative figure cannot be saved.</source>
        <translation>mənfi rəqəm saxlanıla bilməz.</translation>
    </message>
</context>
<context>
    <name>BaselinePage</name>
    <message>
        <location filename="../../recp_desktop/ui/baseline_page.py" line="335"/>
        <source>Baseline</source>
        <translation>Baza göstəriciləri</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/baseline_page.py" line="338"/>
        <source>Annual figures for the baseline year. Pick the unit the plant&apos;s bills use (e.g. Gcal for heat); costs are in the assessment&apos;s currency.</source>
        <translation>Baza ili üzrə illik göstəricilər. Müəssisənin hesablarında istifadə olunan vahidi seçin (məsələn, istilik üçün Gkal); xərclər qiymətləndirmənin valyutasındadır.</translation>
    </message>
</context>
<context>
    <name>BillsModel</name>
    <message>
        <location filename="../../recp_desktop/ui/club_bills_model.py" line="92"/>
        <source>Amount, {unit}</source>
        <translation>Miqdar, {unit}</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_bills_model.py" line="93"/>
        <source>Cost, {currency}</source>
        <translation>Məbləğ, {currency}</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_bills_model.py" line="95"/>
        <source>Year</source>
        <translation>İl</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_bills_model.py" line="136"/>
        <source>a negative figure cannot be saved.</source>
        <translation>mənfi rəqəm saxlanıla bilməz.</translation>
    </message>
</context>
<context>
    <name>Calculator</name>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="14"/>
        <source>Method</source>
        <translation>Üsul</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="15"/>
        <source>Hole diameter</source>
        <translation>Dəliyin diametri</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="16"/>
        <source>Pressure (gauge)</source>
        <translation>Təzyiq (izafi)</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="17"/>
        <source>Discharge coefficient</source>
        <translation>Sərf əmsalı</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="18"/>
        <source>Air temperature</source>
        <translation>Havanın temperaturu</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="19"/>
        <source>Atmospheric pressure</source>
        <translation>Atmosfer təzyiqi</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="20"/>
        <source>Bag volume</source>
        <translation>Torbanın həcmi</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="21"/>
        <source>Bag diameter</source>
        <translation>Torbanın diametri</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="22"/>
        <source>Bag height</source>
        <translation>Torbanın hündürlüyü</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="23"/>
        <source>Time to fill the bag</source>
        <translation>Torbanın dolma vaxtı</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="24"/>
        <source>Flow of one leak</source>
        <translation>Bir sızmanın sərfi</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="25"/>
        <source>Number of leaks</source>
        <translation>Sızmaların sayı</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="26"/>
        <source>Hours per year</source>
        <translation>İldə iş saatı</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="27"/>
        <source>Compressor type</source>
        <translation>Kompressorun növü</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="28"/>
        <source>Specific power</source>
        <translation>Xüsusi güc</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="29"/>
        <source>Control adjustment</source>
        <translation>Tənzimləmə düzəlişi</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="30"/>
        <source>Electricity price</source>
        <translation>Elektrik enerjisinin qiyməti</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="31"/>
        <source>Country (grid CO2 factor)</source>
        <translation>Ölkə (şəbəkənin CO2 əmsalı)</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="32"/>
        <source>CO2 emission factor</source>
        <translation>CO2 emissiya əmsalı</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="33"/>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="129"/>
        <source>Power</source>
        <translation>Güc</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="34"/>
        <source>Present pressure (gauge)</source>
        <translation>Hazırkı təzyiq (izafi)</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="35"/>
        <source>New pressure (gauge)</source>
        <translation>Yeni təzyiq (izafi)</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="36"/>
        <source>Discharges to</source>
        <translation>Hara boşalır</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="37"/>
        <source>Make-up water temperature</source>
        <translation>Əlavə suyun temperaturu</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="40"/>
        <source>Steam price</source>
        <translation>Buxarın qiyməti</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="41"/>
        <source>Boiler efficiency</source>
        <translation>Qazanın səmərəliliyi</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="42"/>
        <source>Fuel</source>
        <translation>Yanacaq</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="43"/>
        <source>Fuel price</source>
        <translation>Yanacağın qiyməti</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="44"/>
        <source>Drips per minute</source>
        <translation>Dəqiqədə damcı sayı</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="45"/>
        <source>Volume of one drip</source>
        <translation>Bir damcının həcmi</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="46"/>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="94"/>
        <source>Measured flow</source>
        <translation>Ölçülmüş sərf</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="47"/>
        <source>Volume collected</source>
        <translation>Toplanmış həcm</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="48"/>
        <source>Time to collect it</source>
        <translation>Toplanma vaxtı</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="49"/>
        <source>Water price</source>
        <translation>Suyun qiyməti</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="50"/>
        <source>Wastewater price</source>
        <translation>Tullantı sularının axıdılması qiyməti</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="51"/>
        <source>Fixtures</source>
        <translation>İşıqlandırıcılar</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="52"/>
        <source>Lamps per fixture</source>
        <translation>İşıqlandırıcıda lampa sayı</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="53"/>
        <source>Lamp power</source>
        <translation>Lampanın gücü</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="54"/>
        <source>Ballast factor</source>
        <translation>Balast əmsalı</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="55"/>
        <source>New lamp power</source>
        <translation>Yeni lampanın gücü</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="56"/>
        <source>New ballast factor</source>
        <translation>Yeni balast əmsalı</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="57"/>
        <source>New hours per year</source>
        <translation>İldə yeni iş saatı</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="58"/>
        <source>Voltage</source>
        <translation>Gərginlik</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="59"/>
        <source>Current</source>
        <translation>Cərəyan</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="60"/>
        <source>Power factor</source>
        <translation>Güc əmsalı</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="61"/>
        <source>Phases</source>
        <translation>Fazalar</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="62"/>
        <source>Load factor</source>
        <translation>Yüklənmə əmsalı</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="63"/>
        <source>Outside diameter</source>
        <translation>Xarici diametr</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="64"/>
        <source>Length</source>
        <translation>Uzunluq</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="65"/>
        <source>Surface temperature</source>
        <translation>Səthin temperaturu</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="66"/>
        <source>Ambient temperature</source>
        <translation>Ətraf mühitin temperaturu</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="67"/>
        <source>Wind speed</source>
        <translation>Küləyin sürəti</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="68"/>
        <source>Emissivity</source>
        <translation>Şüalanma qabiliyyəti</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="69"/>
        <source>Insulation thickness</source>
        <translation>İzolyasiyanın qalınlığı</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="70"/>
        <source>Insulation conductivity</source>
        <translation>İzolyasiyanın istilikkeçirməsi</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="73"/>
        <source>Jacket emissivity</source>
        <translation>Örtüyün şüalanma qabiliyyəti</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="74"/>
        <source>Investment</source>
        <translation>İnvestisiya</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="75"/>
        <source>Annual saving</source>
        <translation>İllik qənaət</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="76"/>
        <source>Lifetime</source>
        <translation>Xidmət müddəti</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="77"/>
        <source>Discount rate</source>
        <translation>Diskont dərəcəsi</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="84"/>
        <source>Hole size and pressure</source>
        <translation>Dəliyin ölçüsü və təzyiq</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="85"/>
        <source>Bag filling time</source>
        <translation>Torbanın dolma vaxtı</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="86"/>
        <source>Estimated flow</source>
        <translation>Təxmini sərf</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="87"/>
        <source>Reciprocating</source>
        <translation>Porşenli</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="88"/>
        <source>Oil-injected screw</source>
        <translation>Yağ vurulan vintli</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="89"/>
        <source>Oil-free screw</source>
        <translation>Yağsız vintli</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="90"/>
        <source>Centrifugal</source>
        <translation>Mərkəzdənqaçma</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="91"/>
        <source>Atmosphere</source>
        <translation>Atmosfer</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="92"/>
        <source>Closed condensate return</source>
        <translation>Qapalı kondensat qaytarılması</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="93"/>
        <source>Counted drips</source>
        <translation>Damcıların sayılması</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="95"/>
        <source>Natural gas</source>
        <translation>Təbii qaz</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="96"/>
        <source>Diesel / gas oil</source>
        <translation>Dizel yanacağı / qazoyl</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="97"/>
        <source>Fuel oil (mazut)</source>
        <translation>Mazut</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="98"/>
        <source>LPG</source>
        <translation>Maye qaz (LPG)</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="99"/>
        <source>Gasoline</source>
        <translation>Benzin</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="100"/>
        <source>Kerosene</source>
        <translation>Kerosin</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="101"/>
        <source>Anthracite</source>
        <translation>Antrasit</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="102"/>
        <source>Bituminous coal</source>
        <translation>Daş kömür</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="103"/>
        <source>Sub-bituminous coal</source>
        <translation>Yarımbitumlu kömür</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="104"/>
        <source>Lignite</source>
        <translation>Qonur kömür</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="105"/>
        <source>Peat</source>
        <translation>Torf</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="106"/>
        <source>Coke</source>
        <translation>Koks</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="107"/>
        <source>Petroleum coke</source>
        <translation>Neft koksu</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="108"/>
        <source>Coke oven gas</source>
        <translation>Koks qazı</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="109"/>
        <source>Blast furnace gas</source>
        <translation>Domna qazı</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="110"/>
        <source>Wood</source>
        <translation>Odun</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="111"/>
        <source>Single phase</source>
        <translation>Birfazalı</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="112"/>
        <source>Three phase</source>
        <translation>Üçfazalı</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="119"/>
        <source>Flow</source>
        <translation>Sərf</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="120"/>
        <source>Volume per year</source>
        <translation>İllik həcm</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="121"/>
        <source>Energy saved per year</source>
        <translation>İllik enerji qənaəti</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="122"/>
        <source>Money saved per year</source>
        <translation>İllik pul qənaəti</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="123"/>
        <source>CO2 avoided per year</source>
        <translation>İldə qarşısı alınan CO2</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="124"/>
        <source>Power after the change</source>
        <translation>Dəyişiklikdən sonra güc</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="125"/>
        <source>Steam lost</source>
        <translation>Buxar itkisi</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="126"/>
        <source>Steam per year</source>
        <translation>İllik buxar</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="127"/>
        <source>Energy per year before</source>
        <translation>Əvvəlki illik enerji</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="128"/>
        <source>Energy per year after</source>
        <translation>Sonrakı illik enerji</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="130"/>
        <source>Heat loss, bare</source>
        <translation>İzolyasiyasız istilik itkisi</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="131"/>
        <source>Heat loss, insulated</source>
        <translation>İzolyasiyalı istilik itkisi</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="132"/>
        <source>Jacket temperature</source>
        <translation>Örtüyün temperaturu</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="133"/>
        <source>Simple payback</source>
        <translation>Sadə özünüödəmə müddəti</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="134"/>
        <source>Net present value</source>
        <translation>Xalis cari dəyər</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_labels.py" line="135"/>
        <source>Internal rate of return</source>
        <translation>Daxili gəlirlilik norması</translation>
    </message>
</context>
<context>
    <name>CalculatorDialog</name>
    <message>
        <location filename="../../recp_desktop/ui/calculator_dialog.py" line="156"/>
        <source>Record as a cleaner-production option</source>
        <translation>Təmiz istehsal tədbiri kimi qeyd et</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_dialog.py" line="169"/>
        <source>Add as option</source>
        <translation>Tədbir kimi əlavə et</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_dialog.py" line="173"/>
        <source>Title</source>
        <translation>Ad</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_dialog.py" line="174"/>
        <source>CP technique</source>
        <translation>Təmiz istehsal üsulu</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_dialog.py" line="176"/>
        <source>Investment ({currency})</source>
        <translation>İnvestisiya ({currency})</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_dialog.py" line="178"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_dialog.py" line="193"/>
        <source>e.g. {example}</source>
        <translation>məsələn, {example}</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_dialog.py" line="198"/>
        <source>A whole number.</source>
        <translation>Tam ədəd.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_dialog.py" line="205"/>
        <source>A number with any unit of the same kind as {unit}.</source>
        <translation>{unit} ilə eyni növdən istənilən vahidlə ədəd.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_dialog.py" line="272"/>
        <source>Fill in the highlighted input to see the savings.</source>
        <translation>Qənaəti görmək üçün işarələnmiş sahəni doldurun.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_dialog.py" line="298"/>
        <source>What fixing it saves</source>
        <translation>Aradan qaldırılması nəyə qənaət edir</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_dialog.py" line="301"/>
        <source>Assumptions</source>
        <translation>Fərziyyələr</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_dialog.py" line="340"/>
        <source>Give the prices in {currency}, the assessment&apos;s currency.</source>
        <translation>Qiymətləri qiymətləndirmənin valyutasında, {currency} ilə göstərin.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/calculator_dialog.py" line="319"/>
        <source>Investment</source>
        <translation>İnvestisiya</translation>
    </message>
</context>
<context>
    <name>CandidateModel</name>
    <message>
        <location filename="../../recp_desktop/ui/symbiosis_model.py" line="118"/>
        <source>Score</source>
        <translation>Bal</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/symbiosis_model.py" line="119"/>
        <source>Waste of</source>
        <translation>Tullantının sahibi</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/symbiosis_model.py" line="120"/>
        <source>EWC</source>
        <translation>EWC</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/symbiosis_model.py" line="121"/>
        <source>t/year</source>
        <translation>t/il</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/symbiosis_model.py" line="122"/>
        <source>Could go to</source>
        <translation>Gedə bilər</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/symbiosis_model.py" line="123"/>
        <source>km</source>
        <translation>km</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/symbiosis_model.py" line="124"/>
        <source>Decision</source>
        <translation>Qərar</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/symbiosis_model.py" line="130"/>
        <source>open</source>
        <translation>açıq</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/symbiosis_model.py" line="131"/>
        <source>confirmed</source>
        <translation>təsdiqlənib</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/symbiosis_model.py" line="131"/>
        <source>dismissed</source>
        <translation>rədd edilib</translation>
    </message>
</context>
<context>
    <name>ChecklistModel</name>
    <message>
        <location filename="../../recp_desktop/ui/checklist_model.py" line="176"/>
        <source>Group</source>
        <translation>Bölmə</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/checklist_model.py" line="177"/>
        <source>Question</source>
        <translation>Sual</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/checklist_model.py" line="178"/>
        <source>Answer</source>
        <translation>Cavab</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/checklist_model.py" line="179"/>
        <source>Unit</source>
        <translation>Vahid</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/checklist_model.py" line="180"/>
        <source>Opportunity</source>
        <translation>İmkan</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/checklist_model.py" line="181"/>
        <source>Note</source>
        <translation>Qeyd</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/checklist_model.py" line="182"/>
        <source>Photos</source>
        <translation>Fotolar</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/checklist_model.py" line="227"/>
        <source>Not saved yet: the disk refused the write; retrying.</source>
        <translation>Hələ saxlanılmayıb: disk yazmanı qəbul etmədi; yenidən cəhd edilir.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/checklist_model.py" line="323"/>
        <source>Not a number: type e.g. 12.5 or 12.5 {unit}. Nothing was saved.</source>
        <translation>Ədəd deyil: məsələn, 12,5 və ya 12,5 {unit} yazın. Heç nə saxlanılmadı.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/checklist_model.py" line="326"/>
        <source>Unknown unit {unit}. Nothing was saved.</source>
        <translation>Naməlum vahid {unit}. Heç nə saxlanılmadı.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/checklist_model.py" line="329"/>
        <source>{unit} does not measure the same thing as {expected}. Nothing was saved.</source>
        <translation>{unit} {expected} ilə eyni kəmiyyəti ölçmür. Heç nə saxlanılmadı.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/checklist_model.py" line="341"/>
        <source>The value must be at least {limit} {unit}. Nothing was saved.</source>
        <translation>Dəyər ən azı {limit} {unit} olmalıdır. Heç nə saxlanılmadı.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/checklist_model.py" line="343"/>
        <source>The value must be at most {limit} {unit}. Nothing was saved.</source>
        <translation>Dəyər ən çoxu {limit} {unit} olmalıdır. Heç nə saxlanılmadı.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/checklist_model.py" line="353"/>
        <source>This answer does not fit the question. Nothing was saved.</source>
        <translation>Bu cavab suala uyğun gəlmir. Heç nə saxlanılmadı.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/checklist_model.py" line="220"/>
        <source>Edited here and elsewhere apart: File &gt; Conflicts… to choose the outcome.</source>
        <translation>Burada və başqa yerdə ayrı-ayrılıqda dəyişdirilib: nəticəni seçmək üçün Fayl &gt; Ziddiyyətlər…</translation>
    </message>
</context>
<context>
    <name>ChecklistPage</name>
    <message>
        <location filename="../../recp_desktop/ui/checklist_page.py" line="171"/>
        <source>CP techniques:</source>
        <translation>Təmiz istehsal üsulları:</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/checklist_page.py" line="178"/>
        <source>Quick-win calculator:</source>
        <translation>Sürətli tədbir kalkulyatoru:</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/checklist_page.py" line="186"/>
        <source>Type a number, optionally with a unit, e.g. 12.5 {unit}.</source>
        <translation>Ədəd yazın, istəsəniz vahidlə birlikdə, məsələn, 12,5 {unit}.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/checklist_page.py" line="259"/>
        <source>Add photos</source>
        <translation>Foto əlavə et</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/checklist_page.py" line="260"/>
        <source>Images ({patterns})</source>
        <translation>Şəkillər ({patterns})</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/checklist_page.py" line="278"/>
        <source>Photo refused: {reason}</source>
        <translation>Foto qəbul edilmədi: {reason}</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/checklist_page.py" line="280"/>
        <source>Photo refused: {name}: {reason}</source>
        <translation>Foto qəbul edilmədi: {name}: {reason}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../recp_desktop/ui/checklist_page.py" line="287"/>
        <source>%n photo(s) added.</source>
        <translation>
            <numerusform>%n foto əlavə edildi.</numerusform>
            <numerusform>%n foto əlavə edildi.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/checklist_page.py" line="336"/>
        <source>Photos of this question (drop image files here):</source>
        <translation>Bu sualın fotoları (şəkil fayllarını bura atın):</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/checklist_page.py" line="337"/>
        <source>Add photo…</source>
        <translation>Foto əlavə et…</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/checklist_page.py" line="338"/>
        <source>Open the calculator… (Ctrl+K)</source>
        <translation>Kalkulyatoru aç… (Ctrl+K)</translation>
    </message>
</context>
<context>
    <name>Club</name>
    <message>
        <location filename="../../recp_desktop/ui/club_labels.py" line="15"/>
        <source>Electricity</source>
        <translation>Elektrik enerjisi</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_labels.py" line="16"/>
        <source>Natural gas</source>
        <translation>Təbii qaz</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_labels.py" line="17"/>
        <source>Heat from a heating network</source>
        <translation>İstilik şəbəkəsindən istilik</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_labels.py" line="18"/>
        <source>Tap water</source>
        <translation>Su kəməri suyu</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_labels.py" line="19"/>
        <source>Sewage (waste water)</source>
        <translation>Kanalizasiya (tullantı suları)</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_labels.py" line="20"/>
        <source>Fuel oil (mazut)</source>
        <translation>Mazut</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_labels.py" line="21"/>
        <source>Coal</source>
        <translation>Kömür</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_labels.py" line="22"/>
        <source>Diesel</source>
        <translation>Dizel yanacağı</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_labels.py" line="23"/>
        <source>Raw materials</source>
        <translation>Xammal</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_labels.py" line="24"/>
        <source>Chemicals</source>
        <translation>Kimyəvi maddələr</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_labels.py" line="25"/>
        <source>Packaging</source>
        <translation>Qablaşdırma</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_labels.py" line="26"/>
        <source>Ordinary waste taken away</source>
        <translation>Adi tullantıların daşınması</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_labels.py" line="27"/>
        <source>Hazardous waste taken away</source>
        <translation>Təhlükəli tullantıların daşınması</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_labels.py" line="34"/>
        <source>the electricity bill</source>
        <translation>elektrik enerjisi hesabından</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_labels.py" line="35"/>
        <source>the gas bill</source>
        <translation>qaz hesabından</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_labels.py" line="36"/>
        <source>the heat bill</source>
        <translation>istilik hesabından</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_labels.py" line="37"/>
        <source>the water bill</source>
        <translation>su hesabından</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_labels.py" line="38"/>
        <source>the sewage line of the water bill</source>
        <translation>su hesabındakı kanalizasiya sətrindən</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_labels.py" line="39"/>
        <location filename="../../recp_desktop/ui/club_labels.py" line="40"/>
        <source>the delivery invoices</source>
        <translation>çatdırılma qaimələrindən</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_labels.py" line="41"/>
        <source>the fuel receipts</source>
        <translation>yanacaq qəbzlərindən</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_labels.py" line="42"/>
        <location filename="../../recp_desktop/ui/club_labels.py" line="43"/>
        <location filename="../../recp_desktop/ui/club_labels.py" line="44"/>
        <source>the purchase invoices</source>
        <translation>alış qaimələrindən</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_labels.py" line="45"/>
        <location filename="../../recp_desktop/ui/club_labels.py" line="46"/>
        <source>the waste collection invoices</source>
        <translation>tullantıların daşınması hesablarından</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_labels.py" line="53"/>
        <source>January</source>
        <translation>Yanvar</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_labels.py" line="54"/>
        <source>February</source>
        <translation>Fevral</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_labels.py" line="55"/>
        <source>March</source>
        <translation>Mart</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_labels.py" line="56"/>
        <source>April</source>
        <translation>Aprel</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_labels.py" line="57"/>
        <source>May</source>
        <translation>May</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_labels.py" line="58"/>
        <source>June</source>
        <translation>İyun</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_labels.py" line="59"/>
        <source>July</source>
        <translation>İyul</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_labels.py" line="60"/>
        <source>August</source>
        <translation>Avqust</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_labels.py" line="61"/>
        <source>September</source>
        <translation>Sentyabr</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_labels.py" line="62"/>
        <source>October</source>
        <translation>Oktyabr</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_labels.py" line="63"/>
        <source>November</source>
        <translation>Noyabr</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_labels.py" line="64"/>
        <source>December</source>
        <translation>Dekabr</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_labels.py" line="71"/>
        <source>Your company</source>
        <translation>Müəssisəniz</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_labels.py" line="72"/>
        <source>Your bills (homework)</source>
        <translation>Hesablarınız (ev tapşırığı)</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_labels.py" line="73"/>
        <source>Walk through the plant</source>
        <translation>Müəssisənin gəzilməsi</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_labels.py" line="74"/>
        <location filename="../../recp_desktop/ui/club_view.py" line="92"/>
        <source>My quick wins</source>
        <translation>Mənim sürətli qənaətlərim</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_labels.py" line="81"/>
        <source>Where the company is, what it makes and how many people work there.</source>
        <translation>Müəssisə harada yerləşir, nə istehsal edir və orada neçə nəfər işləyir.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_labels.py" line="84"/>
        <source>Tick what the company uses and copy the figures from the bills.</source>
        <translation>Müəssisənin nədən istifadə etdiyini qeyd edin və rəqəmləri hesablardan köçürün.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_labels.py" line="87"/>
        <source>Walk round with the checklists and answer what you see and hear.</source>
        <translation>Yoxlama siyahıları ilə müəssisəni gəzin və gördüklərinizi, eşitdiklərinizi cavablandırın.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_labels.py" line="90"/>
        <source>Work out what fixing a leak or switching something off saves, and save it.</source>
        <translation>Sızmanı aradan qaldırmağın və ya avadanlığı söndürməyin nə qədər qənaət verdiyini hesablayın və saxlayın.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_labels.py" line="99"/>
        <source>Hold a ruler or a drill bit next to the hole: about how wide is it?</source>
        <translation>Deşiyin yanına xətkeş və ya burğu tutun: eni təxminən nə qədərdir?</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_labels.py" line="102"/>
        <source>Read it on the pressure gauge near the leak (bar or kgf/cm²).</source>
        <translation>Sızmanın yanındakı manometrdən oxuyun (bar və ya kqq/sm²).</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_labels.py" line="105"/>
        <source>Hold a bag of known size over the leak (a 10 L bag: type 10 L).</source>
        <translation>Sızmanın üzərinə həcmi məlum olan paket tutun (10 L paket: 10 L yazın).</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_labels.py" line="108"/>
        <source>Count the seconds the bag takes to fill.</source>
        <translation>Paketin neçə saniyəyə dolduğunu sayın.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_labels.py" line="109"/>
        <source>How many leaks like this did you find?</source>
        <translation>Belə neçə sızma tapdınız?</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_labels.py" line="110"/>
        <source>Hours a year it runs: 8 h × 250 days is 2000 h; all year is 8760 h.</source>
        <translation>İldə işləmə saatları: 8 saat × 250 gün = 2000 saat; bütün il = 8760 saat.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_labels.py" line="113"/>
        <source>From the electricity bill: the amount divided by the kWh.</source>
        <translation>Elektrik enerjisi hesabından: məbləğ bölünsün kVt·saat-a.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_labels.py" line="116"/>
        <source>Read it on the machine&apos;s nameplate (kW).</source>
        <translation>Avadanlığın lövhəciyindən oxuyun (kVt).</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_labels.py" line="117"/>
        <source>The pressure the compressor now works at, from its gauge or display.</source>
        <translation>Kompressorun indi işlədiyi təzyiq, manometrdən və ya ekrandan.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_labels.py" line="120"/>
        <source>The lower pressure the machines still work well at.</source>
        <translation>Avadanlığın hələ yaxşı işlədiyi daha aşağı təzyiq.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_labels.py" line="123"/>
        <source>What the boiler burns.</source>
        <translation>Qazanın nə yandırdığı.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_labels.py" line="124"/>
        <source>From the fuel bill: the amount divided by the quantity.</source>
        <translation>Yanacaq hesabından: məbləğ bölünsün miqdara.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_labels.py" line="127"/>
        <source>Count the drips for one minute.</source>
        <translation>Bir dəqiqədə damcıları sayın.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_labels.py" line="128"/>
        <source>Hold a bucket under the leak: how much water did it catch?</source>
        <translation>Sızmanın altına vedrə qoyun: nə qədər su yığıldı?</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_labels.py" line="131"/>
        <source>How many seconds did you hold the bucket?</source>
        <translation>Vedrəni neçə saniyə tutdunuz?</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_labels.py" line="132"/>
        <source>From the water bill: the price of one m³.</source>
        <translation>Su hesabından: bir m³-un qiyməti.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_labels.py" line="135"/>
        <source>From the water bill: the price of one m³ of sewage.</source>
        <translation>Su hesabından: bir m³ kanalizasiyanın qiyməti.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_labels.py" line="138"/>
        <source>Count the light fittings.</source>
        <translation>İşıq cihazlarını sayın.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_labels.py" line="139"/>
        <source>Lamps in each fitting.</source>
        <translation>Hər cihazdakı lampaların sayı.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_labels.py" line="140"/>
        <source>Printed on the lamp, in watts (W).</source>
        <translation>Lampanın üzərində yazılıb, vattla (Vt).</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_labels.py" line="141"/>
        <source>The power of the new lamp (an LED tube: about 18 W).</source>
        <translation>Yeni lampanın gücü (LED boru: təxminən 18 Vt).</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_labels.py" line="144"/>
        <source>Hours a year after switching off when nobody is there.</source>
        <translation>Heç kim olmayanda söndürüldükdən sonra ildə işləmə saatları.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_labels.py" line="147"/>
        <source>Measure round the pipe with a tape and divide by 3.14.</source>
        <translation>Borunun çevrəsini lentlə ölçün və 3,14-ə bölün.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_labels.py" line="150"/>
        <source>How many metres of pipe are bare?</source>
        <translation>Borunun neçə metri izolyasiyasızdır?</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_labels.py" line="151"/>
        <source>A surface thermometer, or the temperature of what flows inside.</source>
        <translation>Səth termometri və ya içəridə axanın temperaturu.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_labels.py" line="156"/>
        <source>Hours a year it runs with nothing to do: nights, weekends, breaks.</source>
        <translation>İldə boş işlədiyi saatlar: gecələr, həftəsonları, fasilələr.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_labels.py" line="160"/>
        <source>Read it on the steam line&apos;s gauge.</source>
        <translation>Buxar xəttinin manometrindən oxuyun.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_labels.py" line="168"/>
        <source>Water lost a year</source>
        <translation>İldə itirilən su</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_labels.py" line="169"/>
        <source>Air lost a year</source>
        <translation>İldə itirilən hava</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_labels.py" line="171"/>
        <source>Money saved a year</source>
        <translation>İldə qənaət edilən pul</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_labels.py" line="172"/>
        <source>Energy saved a year</source>
        <translation>İldə qənaət edilən enerji</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_labels.py" line="173"/>
        <source>Steam lost a year</source>
        <translation>İldə itirilən buxar</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_labels.py" line="174"/>
        <source>CO2 avoided a year</source>
        <translation>İldə qarşısı alınan CO2</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_view.py" line="89"/>
        <source>Start: the steps</source>
        <translation>Başlanğıc: addımlar</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_view.py" line="91"/>
        <source>Your bills</source>
        <translation>Hesablarınız</translation>
    </message>
</context>
<context>
    <name>ClubBaselinePage</name>
    <message>
        <location filename="../../recp_desktop/ui/club_baseline.py" line="177"/>
        <source>copy the figures from {source}.</source>
        <translation>rəqəmləri {source} köçürün.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_baseline.py" line="184"/>
        <source>&lt;b&gt;{name}&lt;/b&gt;: press Space to tick it if the company uses it.</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt;: müəssisə bundan istifadə edirsə, qeyd etmək üçün Boşluq düyməsini basın.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../recp_desktop/ui/club_baseline.py" line="222"/>
        <source>%n of 12 months entered; the year is their sum.</source>
        <translation>
            <numerusform>12 aydan %n ay daxil edilib; il onların cəmidir.</numerusform>
            <numerusform>12 aydan %n ay daxil edilib; il onların cəmidir.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../recp_desktop/ui/club_baseline.py" line="226"/>
        <source>Costs are given for %n month(s): give the same months for both, so that the price per unit is right.</source>
        <translation>
            <numerusform>Məbləğlər %n ay üçün verilib: vahidin qiyməti düzgün olsun deyə hər iki sütun üçün eyni ayları verin.</numerusform>
            <numerusform>Məbləğlər %n ay üçün verilib: vahidin qiyməti düzgün olsun deyə hər iki sütun üçün eyni ayları verin.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_baseline.py" line="233"/>
        <source>Only the year&apos;s total: type it in the Year row.</source>
        <translation>Yalnız illik cəm: onu «İl» sətrinə yazın.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_baseline.py" line="246"/>
        <source>Your bills (homework)</source>
        <translation>Hesablarınız (ev tapşırığı)</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_baseline.py" line="249"/>
        <source>Tick what the company uses (Space). For each, copy the figures from the bills: month by month if you have them, or only the total for the year. Enter moves to the next month.</source>
        <translation>Müəssisənin istifadə etdiklərini qeyd edin (Boşluq). Hər biri üçün rəqəmləri hesablardan köçürün: varsa aylar üzrə, yoxsa yalnız illik cəmi. Enter növbəti aya keçir.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_baseline.py" line="254"/>
        <source>Which of these does the company use?</source>
        <translation>Müəssisə bunlardan hansılarından istifadə edir?</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_baseline.py" line="255"/>
        <source>&amp;Month by month</source>
        <translation>&amp;Aylar üzrə</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_baseline.py" line="256"/>
        <source>Only the &amp;year&apos;s total</source>
        <translation>Yalnız &amp;illik cəm</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_baseline.py" line="257"/>
        <source>&amp;Unit:</source>
        <translation>&amp;Vahid:</translation>
    </message>
</context>
<context>
    <name>ClubDialog</name>
    <message>
        <location filename="../../recp_desktop/ui/club_dialogs.py" line="38"/>
        <source>New RECP Club</source>
        <translation>Yeni RECP Klubu</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_dialogs.py" line="38"/>
        <source>Edit the club</source>
        <translation>Klubun redaktəsi</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_dialogs.py" line="50"/>
        <source>All homework</source>
        <translation>Bütün ev tapşırıqları</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_dialogs.py" line="55"/>
        <source>&amp;Name:</source>
        <translation>&amp;Ad:</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_dialogs.py" line="56"/>
        <source>&amp;Country:</source>
        <translation>Ö&amp;lkə:</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_dialogs.py" line="57"/>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_dialogs.py" line="58"/>
        <source>C&amp;ity:</source>
        <translation>Şə&amp;hər:</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_dialogs.py" line="59"/>
        <source>&amp;Facilitator:</source>
        <translation>&amp;Moderator:</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_dialogs.py" line="60"/>
        <source>Issuing &amp;centre:</source>
        <translation>Sertifikatı verən &amp;mərkəz:</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_dialogs.py" line="61"/>
        <source>Sessions needed for a certificate:</source>
        <translation>Sertifikat üçün məşğələ sayı:</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_dialogs.py" line="62"/>
        <source>Homework needed:</source>
        <translation>Tələb olunan ev tapşırıqları:</translation>
    </message>
</context>
<context>
    <name>ClubPathPage</name>
    <message>
        <location filename="../../recp_desktop/ui/club_path.py" line="140"/>
        <source>All four steps are done. Export the package (Ctrl+E) for the club.</source>
        <translation>Dörd addımın hamısı tamamlandı. Klub üçün paketi ixrac edin (Ctrl+E).</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_path.py" line="144"/>
        <source>Next: {step}. Press Enter to go there.</source>
        <translation>Növbəti: {step}. Keçmək üçün Enter basın.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_path.py" line="149"/>
        <source>done</source>
        <translation>hazırdır</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_path.py" line="149"/>
        <source>to complete</source>
        <translation>tamamlanmalıdır</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_path.py" line="152"/>
        <source>nothing ticked yet</source>
        <translation>hələ heç nə qeyd edilməyib</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_path.py" line="153"/>
        <source>{filled} of {total} resources have figures</source>
        <translation>{total} resursdan {filled} üçün rəqəmlər var</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_path.py" line="157"/>
        <source>{answered} of {total} questions answered</source>
        <translation>{total} sualdan {answered} cavablandırılıb</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_path.py" line="161"/>
        <source>none saved yet</source>
        <translation>hələ heç nə saxlanılmayıb</translation>
    </message>
    <message numerus="yes">
        <location filename="../../recp_desktop/ui/club_path.py" line="162"/>
        <source>%n saved, worth {money} {currency} a year</source>
        <translation>
            <numerusform>%n saxlanılıb, ildə {money} {currency} dəyərində</numerusform>
            <numerusform>%n saxlanılıb, ildə {money} {currency} dəyərində</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_path.py" line="183"/>
        <source>{company}: self-audit</source>
        <translation>{company}: özünüqiymətləndirmə</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_path.py" line="185"/>
        <source>Four steps, one after the other. Each shows ✓ when done; → marks the next.</source>
        <translation>Bir-birinin ardınca dörd addım. ✓ — addım tamamlanıb; → — növbəti addım.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_path.py" line="188"/>
        <source>Edit the company…</source>
        <translation>Müəssisəni redaktə et…</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_path.py" line="189"/>
        <source>Go to the bills</source>
        <translation>Hesablara keç</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_path.py" line="190"/>
        <source>Go to the checklists</source>
        <translation>Yoxlama siyahılarına keç</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_path.py" line="191"/>
        <source>Go to my quick wins</source>
        <translation>Sürətli qənaətlərimə keç</translation>
    </message>
</context>
<context>
    <name>ClubProgressView</name>
    <message>
        <location filename="../../recp_desktop/ui/club_progress_view.py" line="98"/>
        <location filename="../../recp_desktop/ui/club_progress_view.py" line="167"/>
        <source>Company</source>
        <translation>Şirkət</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_progress_view.py" line="98"/>
        <source>Self-audits</source>
        <translation>Özünüauditlər</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_progress_view.py" line="98"/>
        <source>Homework done</source>
        <translation>Yerinə yetirilən tapşırıqlar</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_progress_view.py" line="108"/>
        <source>Double-click a company (or press Enter) to open its self-audit.</source>
        <translation>Şirkətin özünüauditini açmaq üçün onun üzərinə iki dəfə klikləyin (və ya Enter basın).</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_progress_view.py" line="113"/>
        <source>Yes</source>
        <translation>Bəli</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_progress_view.py" line="113"/>
        <source>Not yet</source>
        <translation>Hələ yox</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_progress_view.py" line="127"/>
        <source>Quick wins: none recorded yet.</source>
        <translation>Tez nəticə verən tədbirlər: hələ qeyd olunmayıb.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../recp_desktop/ui/club_progress_view.py" line="131"/>
        <source>{money} a year from %n option(s) ({kwh} kWh, {m3} m³)</source>
        <translation>
            <numerusform>%n tədbirdən ildə {money} ({kwh} kVt·saat, {m3} m³)</numerusform>
            <numerusform>%n tədbirdən ildə {money} ({kwh} kVt·saat, {m3} m³)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_progress_view.py" line="139"/>
        <source>The club&apos;s quick wins: </source>
        <translation>Klubun tez nəticə verən tədbirləri: </translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_progress_view.py" line="146"/>
        <source>attended {attended} of the {needed} sessions required</source>
        <translation>tələb olunan {needed} məşğələdən {attended} məşğələyə qatılıb</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_progress_view.py" line="152"/>
        <source>his or her company did {done} of the {needed} homework required</source>
        <translation>şirkəti tələb olunan {needed} ev tapşırığından {done} tapşırığı yerinə yetirib</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_progress_view.py" line="166"/>
        <source>Participant</source>
        <translation>İştirakçı</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_progress_view.py" line="168"/>
        <source>Attended</source>
        <translation>İştirak</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_progress_view.py" line="169"/>
        <source>Certificate</source>
        <translation>Sertifikat</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_progress_view.py" line="172"/>
        <source>Homework per company</source>
        <translation>Şirkətlər üzrə ev tapşırıqları</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_progress_view.py" line="173"/>
        <source>Participants</source>
        <translation>İştirakçılar</translation>
    </message>
</context>
<context>
    <name>ClubTasks</name>
    <message>
        <location filename="../../recp_desktop/ui/club_tasks.py" line="37"/>
        <source>Write the certificates into</source>
        <translation>Sertifikatların yazılacağı qovluq</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_tasks.py" line="43"/>
        <source>Certificates of attendance</source>
        <translation>İştirak sertifikatları</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_tasks.py" line="64"/>
        <source>Nobody meets the club&apos;s criteria yet; see the Progress tab.</source>
        <translation>Hələ heç kim klubun şərtlərini yerinə yetirməyib; «İrəliləyiş» bölməsinə baxın.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_tasks.py" line="79"/>
        <source>Stopped; the certificates written so far are kept.</source>
        <translation>Dayandırıldı; artıq yazılmış sertifikatlar saxlanılır.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_tasks.py" line="89"/>
        <source>Writing certificates…</source>
        <translation>Sertifikatlar yazılır…</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_tasks.py" line="92"/>
        <source>Cancel</source>
        <translation>Ləğv et</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_tasks.py" line="102"/>
        <source>Verify a certificate</source>
        <translation>Sertifikatın yoxlanması</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_tasks.py" line="105"/>
        <source>Certificates (*.pdf)</source>
        <translation>Sertifikatlar (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_tasks.py" line="117"/>
        <source>Not valid: {reason}</source>
        <translation>Etibarsızdır: {reason}</translation>
    </message>
</context>
<context>
    <name>ClubWindow</name>
    <message>
        <location filename="../../recp_desktop/ui/club_window.py" line="215"/>
        <source>No club yet: press New club… to start one.</source>
        <translation>Hələ klub yoxdur: yaratmaq üçün «Yeni klub…» düyməsini basın.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_window.py" line="223"/>
        <source>all homework</source>
        <translation>bütün ev tapşırıqları</translation>
    </message>
    <message numerus="yes">
        <location filename="../../recp_desktop/ui/club_window.py" line="225"/>
        <source>%n homework</source>
        <translation>
            <numerusform>%n ev tapşırığı</numerusform>
            <numerusform>%n ev tapşırığı</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_window.py" line="229"/>
        <source>{name} — {place}. Facilitator: {facilitator}. A certificate needs {sessions} and {homework}.</source>
        <translation>{name} — {place}. Moderator: {facilitator}. Sertifikat üçün lazımdır: {sessions} və {homework}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../recp_desktop/ui/club_window.py" line="235"/>
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n məşğələ</numerusform>
            <numerusform>%n məşğələ</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_window.py" line="266"/>
        <source>Baseline data</source>
        <translation>Baza məlumatları</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_window.py" line="267"/>
        <source>Checklist</source>
        <translation>Yoxlama siyahısı</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_window.py" line="268"/>
        <source>Quick-win calculation</source>
        <translation>Tez nəticə verən tədbirin hesablanması</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_window.py" line="448"/>
        <source>Company</source>
        <translation>Şirkət</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_window.py" line="385"/>
        <location filename="../../recp_desktop/ui/club_window.py" line="395"/>
        <location filename="../../recp_desktop/ui/club_window.py" line="400"/>
        <source>Import attendance</source>
        <translation>Davamiyyətin idxalı</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_window.py" line="352"/>
        <location filename="../../recp_desktop/ui/club_window.py" line="370"/>
        <source>Remove</source>
        <translation>Sil</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_window.py" line="353"/>
        <source>Remove {what}? Its attendance marks go with it.</source>
        <translation>{what} silinsin? Onun davamiyyət qeydləri də silinəcək.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_window.py" line="355"/>
        <source>Remove the homework {what}?</source>
        <translation>{what} ev tapşırığı silinsin?</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_window.py" line="385"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV faylları (*.csv)</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_window.py" line="401"/>
        <source>{rows} rows read; {changed} marks new or changed.</source>
        <translation>Oxunan sətirlər: {rows}; yeni və ya dəyişən qeydlər: {changed}.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_window.py" line="307"/>
        <location filename="../../recp_desktop/ui/club_window.py" line="432"/>
        <source>RECP Clubs</source>
        <translation>RECP Klubları</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_window.py" line="308"/>
        <source>This company has no club self-audit here yet: import its package.</source>
        <translation>Bu şirkətin burada hələ klub özünüauditi yoxdur: onun paketini idxal edin.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_window.py" line="433"/>
        <source>&amp;Clubs</source>
        <translation>&amp;Klublar</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_window.py" line="434"/>
        <source>&amp;New club…</source>
        <translation>&amp;Yeni klub…</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_window.py" line="435"/>
        <source>&amp;Edit club…</source>
        <translation>Klu&amp;bu redaktə et…</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_window.py" line="438"/>
        <source>&amp;Sessions</source>
        <translation>&amp;Məşğələlər</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_window.py" line="439"/>
        <source>&amp;Participants</source>
        <translation>İş&amp;tirakçılar</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_window.py" line="440"/>
        <source>&amp;Attendance</source>
        <translation>&amp;Davamiyyət</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_window.py" line="441"/>
        <source>&amp;Homework</source>
        <translation>&amp;Ev tapşırıqları</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_window.py" line="442"/>
        <source>P&amp;rogress</source>
        <translation>İ&amp;rəliləyiş</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_window.py" line="446"/>
        <source>Date</source>
        <translation>Tarix</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_window.py" line="446"/>
        <source>Topic</source>
        <translation>Mövzu</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_window.py" line="448"/>
        <source>Name</source>
        <translation>Ad və soyad</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_window.py" line="448"/>
        <source>Position</source>
        <translation>Vəzifə</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_window.py" line="448"/>
        <source>E-mail</source>
        <translation>E-poçt</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_window.py" line="451"/>
        <source>Kind</source>
        <translation>Növ</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_window.py" line="451"/>
        <source>Which</source>
        <translation>Hansı</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_window.py" line="451"/>
        <source>Title</source>
        <translation>Ad</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_window.py" line="451"/>
        <source>Due</source>
        <translation>Son tarix</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_window.py" line="453"/>
        <source>A&amp;dd session…</source>
        <translation>Məşğələ əla&amp;və et…</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_window.py" line="454"/>
        <source>Add par&amp;ticipant…</source>
        <translation>İştirak&amp;çı əlavə et…</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_window.py" line="455"/>
        <source>Add homewor&amp;k…</source>
        <translation>Ev tap&amp;şırığı əlavə et…</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_window.py" line="457"/>
        <source>Re&amp;move…</source>
        <translation>&amp;Sil…</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_window.py" line="458"/>
        <source>&amp;Import from CSV…</source>
        <translation>CSV-dən &amp;idxal…</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_window.py" line="461"/>
        <source>Arrows move; Space marks the selected cells attended or not; Delete marks them absent; Ctrl+Z undoes. Every tick is saved at once.</source>
        <translation>Oxlar hərəkət etdirir; Boşluq seçilmiş xanaları iştirak edib və ya etməyib kimi qeyd edir; Delete — iştirak etməyib; Ctrl+Z — geri al. Hər qeyd dərhal saxlanılır.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_window.py" line="465"/>
        <source>Certificate &amp;language:</source>
        <translation>Sertifikatın di&amp;li:</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_window.py" line="466"/>
        <source>&amp;Write certificates…</source>
        <translation>Sertifikatları ya&amp;z…</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_window.py" line="467"/>
        <source>&amp;Verify a certificate…</source>
        <translation>Sertifikatı yo&amp;xla…</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_window.py" line="468"/>
        <source>Close</source>
        <translation>Bağla</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_window.py" line="469"/>
        <source>Undo</source>
        <translation>Geri al</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_window.py" line="470"/>
        <source>Redo</source>
        <translation>Təkrarla</translation>
    </message>
</context>
<context>
    <name>ClubsMenu</name>
    <message>
        <location filename="../../recp_desktop/ui/club_tasks.py" line="160"/>
        <source>&amp;Clubs</source>
        <translation>&amp;Klublar</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_tasks.py" line="161"/>
        <source>RECP &amp;Clubs…</source>
        <translation>RECP &amp;Klubları…</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_tasks.py" line="162"/>
        <source>&amp;Verify a certificate…</source>
        <translation>Sertifikatı yo&amp;xla…</translation>
    </message>
</context>
<context>
    <name>CompanyDialog</name>
    <message>
        <location filename="../../recp_desktop/ui/dialogs.py" line="87"/>
        <source>New company</source>
        <translation>Yeni şirkət</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/dialogs.py" line="87"/>
        <source>Edit company</source>
        <translation>Şirkəti redaktə et</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/dialogs.py" line="103"/>
        <source>e.g. 10.51</source>
        <translation>məsələn, 10.51</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/dialogs.py" line="122"/>
        <source>&amp;Name:</source>
        <translation>&amp;Ad:</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/dialogs.py" line="123"/>
        <source>&amp;Country:</source>
        <translation>Ö&amp;lkə:</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/dialogs.py" line="124"/>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/dialogs.py" line="135"/>
        <source>C&amp;ity:</source>
        <translation>Şə&amp;hər:</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/dialogs.py" line="136"/>
        <source>NACE &amp;sector:</source>
        <translation>NACE &amp;sahəsi:</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/dialogs.py" line="138"/>
        <source>&amp;Employees:</source>
        <translation>&amp;İşçilər:</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/dialogs.py" line="139"/>
        <source>&amp;Products:</source>
        <translation>&amp;Məhsullar:</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/dialogs.py" line="140"/>
        <source>Eco-industrial &amp;park:</source>
        <translation>Eko-sənaye &amp;parkı:</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/dialogs.py" line="201"/>
        <source>The company needs a name.</source>
        <translation>Şirkətin adı olmalıdır.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/dialogs.py" line="141"/>
        <source>Re&amp;gistration number:</source>
        <translation>Qeydiyyat &amp;nömrəsi:</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/dialogs.py" line="127"/>
        <source>Si&amp;te:</source>
        <translation>&amp;Koordinatlar:</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/dialogs.py" line="175"/>
        <source>{code} is not a NACE Rev. 2 division</source>
        <translation>{code} NACE Rev. 2 bölməsi deyil</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/dialogs.py" line="179"/>
        <source>in English: no published NACE text in this language</source>
        <translation>ingilis dilində: NACE-nin bu dildə dərc olunmuş mətni əlavə edilməyib</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../recp_desktop/ui/conflicts_dialog.py" line="115"/>
        <source>Conflicts</source>
        <translation>Ziddiyyətlər</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/conflicts_dialog.py" line="123"/>
        <source>Field</source>
        <translation>Sahə</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/conflicts_dialog.py" line="123"/>
        <source>Here</source>
        <translation>Burada</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/conflicts_dialog.py" line="123"/>
        <source>Incoming</source>
        <translation>Daxil olan</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/conflicts_dialog.py" line="123"/>
        <source>Keep (editable)</source>
        <translation>Saxlanılacaq (redaktə oluna bilər)</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/conflicts_dialog.py" line="129"/>
        <source>Keep this device&apos;s version</source>
        <translation>Bu cihazın versiyasını saxla</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/conflicts_dialog.py" line="130"/>
        <source>Keep the incoming version</source>
        <translation>Daxil olan versiyanı saxla</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/conflicts_dialog.py" line="131"/>
        <source>Keep the edited values</source>
        <translation>Redaktə edilmiş dəyərləri saxla</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/conflicts_dialog.py" line="135"/>
        <source>There are no open conflicts.</source>
        <translation>Açıq ziddiyyət yoxdur.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/conflicts_dialog.py" line="206"/>
        <source>Edited here and on {device} since the two last agreed.</source>
        <translation>Versiyalar sonuncu dəfə üst-üstə düşəndən bəri burada və {device} cihazında redaktə edilib.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/conflicts_dialog.py" line="238"/>
        <source>Company</source>
        <translation>Şirkət</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/conflicts_dialog.py" line="239"/>
        <source>Assessment</source>
        <translation>Qiymətləndirmə</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/conflicts_dialog.py" line="240"/>
        <source>Baseline line</source>
        <translation>Baza xətti sətri</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/conflicts_dialog.py" line="241"/>
        <source>Monthly bills</source>
        <translation>Aylıq hesablar</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/conflicts_dialog.py" line="242"/>
        <source>Checklist answer</source>
        <translation>Yoxlama siyahısı cavabı</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/conflicts_dialog.py" line="243"/>
        <source>Option</source>
        <translation>Tədbir</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/conflicts_dialog.py" line="244"/>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/conflicts_dialog.py" line="245"/>
        <source>Waste stream</source>
        <translation>Tullantı axını</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/conflicts_dialog.py" line="246"/>
        <source>Wanted input</source>
        <translation>İstənilən xammal</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/conflicts_dialog.py" line="247"/>
        <source>Review step</source>
        <translation>Yoxlama addımı</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/conflicts_dialog.py" line="248"/>
        <source>Symbiosis decision</source>
        <translation>Simbioz qərarı</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/conflicts_dialog.py" line="259"/>
        <source>Answer</source>
        <translation>Cavab</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/conflicts_dialog.py" line="260"/>
        <source>Number</source>
        <translation>Ədəd</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/conflicts_dialog.py" line="261"/>
        <source>Unit</source>
        <translation>Vahid</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/conflicts_dialog.py" line="262"/>
        <source>Note</source>
        <translation>Qeyd</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/conflicts_dialog.py" line="263"/>
        <source>Improvement opportunity</source>
        <translation>Təkmilləşdirmə imkanı</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/conflicts_dialog.py" line="264"/>
        <source>Title</source>
        <translation>Ad</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/conflicts_dialog.py" line="265"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/conflicts_dialog.py" line="266"/>
        <source>Investment</source>
        <translation>İnvestisiya</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/conflicts_dialog.py" line="267"/>
        <source>Annual saving</source>
        <translation>İllik qənaət</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/conflicts_dialog.py" line="268"/>
        <source>Annual energy saving</source>
        <translation>İllik enerji qənaəti</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/conflicts_dialog.py" line="269"/>
        <source>Annual water saving</source>
        <translation>İllik su qənaəti</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/conflicts_dialog.py" line="270"/>
        <source>Annual materials saving</source>
        <translation>İllik material qənaəti</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/conflicts_dialog.py" line="271"/>
        <source>CO2 avoided per year</source>
        <translation>İldə qarşısı alınan CO2</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/conflicts_dialog.py" line="272"/>
        <source>Quantity</source>
        <translation>Miqdar</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/conflicts_dialog.py" line="273"/>
        <source>Annual cost</source>
        <translation>İllik xərc</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/conflicts_dialog.py" line="274"/>
        <source>Caption</source>
        <translation>İzah</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/conflicts_dialog.py" line="275"/>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/conflicts_dialog.py" line="230"/>
        <source>recomputed from the quantity</source>
        <translation>miqdardan yenidən hesablanır</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/conflicts_dialog.py" line="349"/>
        <source>The edited waste stream cannot be kept: {reason}</source>
        <translation>Dəyişdirilmiş tullantı axını saxlanıla bilməz: {reason}</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../../recp_desktop/ui/hub_sync.py" line="296"/>
        <source>Connect to hub</source>
        <translation>Hab-a qoşulma</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/hub_sync.py" line="306"/>
        <source>Hub &amp;address:</source>
        <translation>Habın &amp;ünvanı:</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/hub_sync.py" line="307"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Təşkilat:</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/hub_sync.py" line="308"/>
        <source>&amp;User name:</source>
        <translation>&amp;İstifadəçi adı:</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/hub_sync.py" line="309"/>
        <source>&amp;Password:</source>
        <translation>&amp;Parol:</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/hub_sync.py" line="316"/>
        <source>&amp;Connect</source>
        <translation>&amp;Qoşul</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/hub_sync.py" line="318"/>
        <source>&amp;Sign out</source>
        <translation>&amp;Çıxış</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/hub_sync.py" line="337"/>
        <source>Signed in as &lt;b&gt;{user}&lt;/b&gt; ({role}) of &lt;b&gt;{org}&lt;/b&gt;. Sign in again to change the account, or sign out.</source>
        <translation>Daxil olunub: &lt;b&gt;{user}&lt;/b&gt; ({role}), &lt;b&gt;{org}&lt;/b&gt;. Hesabı dəyişmək üçün yenidən daxil olun və ya çıxın.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/hub_sync.py" line="341"/>
        <source>Pinned certificate: {fp}</source>
        <translation>Təsdiqlənmiş sertifikat: {fp}</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/hub_sync.py" line="349"/>
        <source>Sign in to your centre&apos;s hub: your edits go up and your supervisor&apos;s review comes back by itself. Only a device token is kept, never the password.</source>
        <translation>Mərkəzinizin habına daxil olun: düzəlişləriniz ora gedir, rəhbərin yoxlaması özü geri gəlir. Yalnız cihaz tokeni saxlanılır, parol heç vaxt.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/hub_sync.py" line="369"/>
        <source>Fill in the address, the user name and the password.</source>
        <translation>Ünvanı, istifadəçi adını və parolu daxil edin.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/hub_sync.py" line="371"/>
        <source>Connecting…</source>
        <translation>Qoşulur…</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/hub_sync.py" line="393"/>
        <source>Trust this hub?</source>
        <translation>Bu haba etibar edilsin?</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/hub_sync.py" line="395"/>
        <source>The hub&apos;s certificate is not vouched for by an authority this computer knows. Its SHA-256 fingerprint is:

{fp}

Trust it only if it is the fingerprint your hub&apos;s administrator gave you.</source>
        <translation>Habın sertifikatı bu kompüterin tanıdığı heç bir sertifikat mərkəzi tərəfindən təsdiqlənməyib. Onun SHA-256 barmaq izi:

{fp}

Yalnız bu barmaq izini sizə habın administratoru veribsə, ona etibar edin.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../recp_desktop/ui/crash_dialog.py" line="25"/>
        <source>Something went wrong</source>
        <translation>Nəsə səhv getdi</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/crash_dialog.py" line="29"/>
        <source>An unexpected error occurred. Your saved work is safe: every answer is stored the moment it is made. The details were written to the log file:</source>
        <translation>Gözlənilməz xəta baş verdi. Saxlanılmış işiniz təhlükəsizdir: hər cavab daxil edildiyi anda saxlanılır. Təfərrüatlar jurnal faylına yazıldı:</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/crash_dialog.py" line="38"/>
        <source>Copy details</source>
        <translation>Təfərrüatları kopyala</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../../recp_desktop/ui/duplicates_dialog.py" line="34"/>
        <source>Companies that look the same</source>
        <translation>Oxşar şirkətlər</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/duplicates_dialog.py" line="38"/>
        <source>Company</source>
        <translation>Şirkət</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/duplicates_dialog.py" line="39"/>
        <source>Country</source>
        <translation>Ölkə</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/duplicates_dialog.py" line="40"/>
        <source>City</source>
        <translation>Şəhər</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/duplicates_dialog.py" line="41"/>
        <source>Registration no.</source>
        <translation>Qeydiyyat nömrəsi</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/duplicates_dialog.py" line="42"/>
        <source>Assessments</source>
        <translation>Qiymətləndirmələr</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/duplicates_dialog.py" line="47"/>
        <source>No companies look the same.</source>
        <translation>Oxşar şirkət yoxdur.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/duplicates_dialog.py" line="49"/>
        <source>&amp;Merge into the selected company</source>
        <translation>Seçilmiş şirkətə &amp;birləşdir</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/duplicates_dialog.py" line="67"/>
        <source>Same registration number</source>
        <translation>Eyni qeydiyyat nömrəsi</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/duplicates_dialog.py" line="69"/>
        <source>Same name, country and city</source>
        <translation>Eyni ad, ölkə və şəhər</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/duplicates_dialog.py" line="125"/>
        <location filename="../../recp_desktop/ui/duplicates_dialog.py" line="140"/>
        <source>Merge companies</source>
        <translation>Şirkətləri birləşdir</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/duplicates_dialog.py" line="127"/>
        <source>Merge %1 other company(ies) into %2? Their assessments move to %2 with all their records; the others are removed from the list.</source>
        <translation>Digər şirkətlər (%1) «%2» şirkətinə birləşdirilsin? Onların qiymətləndirmələri bütün qeydləri ilə «%2» şirkətinə keçəcək, digərləri siyahıdan silinəcək.</translation>
    </message>
</context>
<context>
    <name>EwcPicker</name>
    <message>
        <location filename="../../recp_desktop/ui/ewc_picker.py" line="81"/>
        <source>Hazardous waste (marked * in the List of Waste)</source>
        <translation>Təhlükəli tullantı (Tullantılar siyahısında * ilə işarələnib)</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/ewc_picker.py" line="88"/>
        <source>{shown} of {count}</source>
        <translation>{count} ədəddən {shown}</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/ewc_picker.py" line="58"/>
        <source>Nothing found: the descriptions are in English, so search by code (13 02) or by English words (oil sludge).</source>
        <translation>Heç nə tapılmadı: təsvirlər ingiliscədir, ona görə kodla (13 02) və ya ingilis sözləri ilə (oil sludge) axtarın.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/ewc_picker.py" line="67"/>
        <source>The descriptions of the List of Waste are in English: no official translation is published. Search by code or by English words.</source>
        <translation>Avropa Tullantılar Kataloqunun təsvirləri ingiliscədir: rəsmi tərcüməsi dərc olunmayıb. Kodla və ya ingilis sözləri ilə axtarın.</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <location filename="../../recp_desktop/ui/exchange.py" line="143"/>
        <source>Import packages</source>
        <translation>Paketlərin idxalı</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/exchange.py" line="143"/>
        <location filename="../../recp_desktop/ui/exchange.py" line="193"/>
        <source>RECP packages (*.recp)</source>
        <translation>RECP paketləri (*.recp)</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/exchange.py" line="174"/>
        <source>Importing {count} packages…</source>
        <translation>{count} paket idxal edilir…</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/exchange.py" line="182"/>
        <source>{imported} of {total} packages imported.</source>
        <translation>{total} paketdən {imported} idxal edildi.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/exchange.py" line="193"/>
        <source>Export package</source>
        <translation>Paketin ixracı</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/exchange.py" line="208"/>
        <source>Exporting the assessment…</source>
        <translation>Qiymətləndirmə ixrac edilir…</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/exchange.py" line="210"/>
        <source>Package written: {path}</source>
        <translation>Paket yazıldı: {path}</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/exchange.py" line="217"/>
        <source>Export tables</source>
        <translation>Cədvəllərin ixracı</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/exchange.py" line="219"/>
        <source>Excel workbook (*.xlsx);;CSV files in a zip (*.zip)</source>
        <translation>Excel kitabı (*.xlsx);;Zip arxivində CSV faylları (*.zip)</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/exchange.py" line="236"/>
        <source>Exporting tables…</source>
        <translation>Cədvəllər ixrac edilir…</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/exchange.py" line="238"/>
        <source>Tables written: {path}</source>
        <translation>Cədvəllər yazıldı: {path}</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/exchange.py" line="256"/>
        <source>Cancel</source>
        <translation>Ləğv et</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/exchange.py" line="262"/>
        <source>Cancelled.</source>
        <translation>Ləğv edildi.</translation>
    </message>
</context>
<context>
    <name>ExpertView</name>
    <message>
        <location filename="../../recp_desktop/ui/club_actions.py" line="59"/>
        <source>Open as a &amp;full assessment</source>
        <translation>&amp;Tam qiymətləndirmə kimi aç</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_actions.py" line="61"/>
        <source>Show this self-audit as a full RECP assessment (for the expert); toggle back</source>
        <translation>Bu özünüqiymətləndirməni tam RECP qiymətləndirməsi kimi göstər (ekspert üçün); təkrar basmaqla geri qayıt</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../recp_desktop/ui/home.py" line="301"/>
        <source>Companies and assessments</source>
        <translation>Şirkətlər və qiymətləndirmələr</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/home.py" line="302"/>
        <source>Search by company, city, sector or team…</source>
        <translation>Şirkət, şəhər, sahə və ya komanda üzrə axtarış…</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/home.py" line="303"/>
        <source>New company…</source>
        <translation>Yeni şirkət…</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/home.py" line="304"/>
        <source>New assessment…</source>
        <translation>Yeni qiymətləndirmə…</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/home.py" line="307"/>
        <source>No companies yet.

Create a company with New company…, or look around a demo company with a partly filled assessment.</source>
        <translation>Hələ şirkət yoxdur.

«Yeni şirkət…» ilə şirkət yaradın və ya qiymətləndirməsi qismən doldurulmuş demo şirkətə baxın.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/home.py" line="311"/>
        <source>Create demo company</source>
        <translation>Demo şirkət yarat</translation>
    </message>
</context>
<context>
    <name>HomeworkDialog</name>
    <message>
        <location filename="../../recp_desktop/ui/club_dialogs.py" line="165"/>
        <source>Add homework</source>
        <translation>Ev tapşırığı əlavə et</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_dialogs.py" line="167"/>
        <source>Baseline data (resource bills)</source>
        <translation>Baza məlumatları (resurs hesabları)</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_dialogs.py" line="168"/>
        <source>A checklist (mini-audit)</source>
        <translation>Yoxlama siyahısı (mini-audit)</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_dialogs.py" line="169"/>
        <source>A quick-win calculation</source>
        <translation>Tez nəticə verən tədbirin hesablanması</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_dialogs.py" line="173"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Növ:</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_dialogs.py" line="174"/>
        <source>&amp;Which:</source>
        <translation>&amp;Hansı:</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_dialogs.py" line="175"/>
        <source>T&amp;itle:</source>
        <translation>&amp;Ad:</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_dialogs.py" line="176"/>
        <source>&amp;Due:</source>
        <translation>&amp;Son tarix:</translation>
    </message>
</context>
<context>
    <name>HubSync</name>
    <message>
        <location filename="../../recp_desktop/ui/hub_sync.py" line="181"/>
        <source>sending photos {percent} %</source>
        <translation>fotolar göndərilir {percent} %</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/hub_sync.py" line="182"/>
        <source>sending changes</source>
        <translation>dəyişikliklər göndərilir</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/hub_sync.py" line="183"/>
        <source>receiving changes</source>
        <translation>dəyişikliklər alınır</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/hub_sync.py" line="184"/>
        <source>receiving photos {percent} %</source>
        <translation>fotolar alınır {percent} %</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/hub_sync.py" line="200"/>
        <source>The hub refused the changes of {n} assessment(s) you are not assigned to; they stay here. Ask a supervisor to assign you.</source>
        <translation>Hab sizin təyin olunmadığınız qiymətləndirmələrin dəyişikliklərini rədd etdi ({n}); onlar burada qalır. Rəhbərdən sizi təyin etməsini xahiş edin.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/hub_sync.py" line="208"/>
        <source>Records in conflict: {n}. File &gt; Conflicts… to settle them.</source>
        <translation>Ziddiyyətli qeydlər: {n}. Onları həll etmək üçün Fayl &gt; Ziddiyyətlər…</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/hub_sync.py" line="213"/>
        <source>Synced with the hub.</source>
        <translation>Hab ilə sinxronlaşdırıldı.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/hub_sync.py" line="225"/>
        <source>Sync</source>
        <translation>Sinxronlaşdırma</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/hub_sync.py" line="242"/>
        <source>Connect to &amp;hub…</source>
        <translation>&amp;Hab-a qoşul…</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/hub_sync.py" line="243"/>
        <source>S&amp;ync now</source>
        <translation>İndi s&amp;inxronlaşdır</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/hub_sync.py" line="248"/>
        <source>never</source>
        <translation>heç vaxt</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/hub_sync.py" line="250"/>
        <source>changes waiting: {n}</source>
        <translation>göndərilməyi gözləyir: {n}</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/hub_sync.py" line="252"/>
        <source>Hub: not connected</source>
        <translation>Hab: qoşulmayıb</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/hub_sync.py" line="253"/>
        <source>Hub: syncing…</source>
        <translation>Hab: sinxronlaşdırılır…</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/hub_sync.py" line="254"/>
        <source>Hub: online · {waiting} · last sync {when}</source>
        <translation>Hab: onlayn · {waiting} · son sinxronlaşdırma {when}</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/hub_sync.py" line="255"/>
        <source>Hub: offline · {waiting} · last sync {when}</source>
        <translation>Hab: əlçatmazdır · {waiting} · son sinxronlaşdırma {when}</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/hub_sync.py" line="256"/>
        <source>Hub: {reason} · {waiting}</source>
        <translation>Hab: {reason} · {waiting}</translation>
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
        <translation>İdxal başa çatdı</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/exchange.py" line="56"/>
        <source>{imported} of {total} packages imported; {conflicts} records in conflict.</source>
        <translation>{total} paketdən {imported} idxal edildi; ziddiyyətdə olan qeydlər: {conflicts}.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/exchange.py" line="63"/>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/exchange.py" line="64"/>
        <source>Result</source>
        <translation>Nəticə</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/exchange.py" line="65"/>
        <source>New</source>
        <translation>Yeni</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/exchange.py" line="66"/>
        <source>Updated</source>
        <translation>Yenilənib</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/exchange.py" line="67"/>
        <source>Unchanged</source>
        <translation>Dəyişməyib</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/exchange.py" line="68"/>
        <source>In conflict</source>
        <translation>Ziddiyyətdə</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/exchange.py" line="69"/>
        <source>Company, device or reason</source>
        <translation>Şirkət, cihaz və ya səbəb</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/exchange.py" line="78"/>
        <source>Imported</source>
        <translation>İdxal edildi</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/exchange.py" line="79"/>
        <source>Refused</source>
        <translation>Rədd edildi</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/exchange.py" line="80"/>
        <source>Failed</source>
        <translation>Alınmadı</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/exchange.py" line="81"/>
        <source>Cancelled</source>
        <translation>Ləğv edildi</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/exchange.py" line="87"/>
        <source>unsigned</source>
        <translation>imzasız</translation>
    </message>
</context>
<context>
    <name>InputErrors</name>
    <message>
        <location filename="../../recp_desktop/ui/input_errors.py" line="27"/>
        <source>“{text}” is not a number. Type e.g. {example} or {example} {unit}.</source>
        <translation>“{text}” ədəd deyil. Məsələn, {example} və ya {example} {unit} yazın.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/input_errors.py" line="31"/>
        <source>“{text}” is not a number. Type e.g. {example}.</source>
        <translation>“{text}” ədəd deyil. Məsələn, {example} yazın.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/input_errors.py" line="35"/>
        <source>“{text}” is not a usable number: it is infinite or far too large.</source>
        <translation>“{text}” yararlı ədəd deyil: sonsuzdur və ya həddindən artıq böyükdür.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/input_errors.py" line="39"/>
        <source>Unknown unit “{typed}”. Type e.g. {example} {unit}.</source>
        <translation>Naməlum vahid “{typed}”. Məsələn, {example} {unit} yazın.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/input_errors.py" line="43"/>
        <source>{typed} does not measure the same thing as {unit}. Type e.g. {example} {unit}.</source>
        <translation>{typed} {unit} ilə eyni şeyi ölçmür. Məsələn, {example} {unit} yazın.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/input_errors.py" line="48"/>
        <source>This does not fit. Type e.g. {example} {unit}.</source>
        <translation>Bu dəyər uyğun deyil. Məsələn, {example} {unit} yazın.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/input_errors.py" line="58"/>
        <source>Read “{typed}” as {value}.</source>
        <translation>“{typed}” {value} kimi oxundu.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../recp_desktop/ui/labels.py" line="10"/>
        <source>Yes</source>
        <translation>Bəli</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/labels.py" line="11"/>
        <source>No</source>
        <translation>Xeyr</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/labels.py" line="12"/>
        <source>Not applicable</source>
        <translation>Aid deyil</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/labels.py" line="18"/>
        <source>Good housekeeping</source>
        <translation>Yaxşı təsərrüfat təcrübəsi</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/labels.py" line="19"/>
        <source>Input material change</source>
        <translation>Xammalın dəyişdirilməsi</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/labels.py" line="20"/>
        <source>Better process control</source>
        <translation>Prosesə nəzarətin yaxşılaşdırılması</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/labels.py" line="21"/>
        <source>Equipment modification</source>
        <translation>Avadanlığın modifikasiyası</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/labels.py" line="22"/>
        <source>Technology change</source>
        <translation>Texnologiyanın dəyişdirilməsi</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/labels.py" line="23"/>
        <source>On-site recovery and reuse</source>
        <translation>Yerində bərpa və təkrar istifadə</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/labels.py" line="24"/>
        <source>Production of useful by-products</source>
        <translation>Faydalı əlavə məhsulların istehsalı</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/labels.py" line="27"/>
        <source>Product modification</source>
        <translation>Məhsulun modifikasiyası</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/labels.py" line="33"/>
        <source>Energy</source>
        <translation>Enerji</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/labels.py" line="34"/>
        <location filename="../../recp_desktop/ui/labels.py" line="96"/>
        <source>Water</source>
        <translation>Su</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/labels.py" line="35"/>
        <source>Materials</source>
        <translation>Materiallar</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/labels.py" line="36"/>
        <source>Waste</source>
        <translation>Tullantılar</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/labels.py" line="47"/>
        <source>Compressed-air leak</source>
        <translation>Sıxılmış hava sızması</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/labels.py" line="48"/>
        <source>Compressor pressure reduction</source>
        <translation>Kompressor təzyiqinin azaldılması</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/labels.py" line="51"/>
        <source>Steam leak</source>
        <translation>Buxar sızması</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/labels.py" line="52"/>
        <source>Water leak</source>
        <translation>Su sızması</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/labels.py" line="53"/>
        <source>Lighting</source>
        <translation>İşıqlandırma</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/labels.py" line="54"/>
        <source>Idle electrical load</source>
        <translation>Boş işləyən elektrik yükü</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/labels.py" line="55"/>
        <source>Pipe insulation</source>
        <translation>Boruların izolyasiyası</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/labels.py" line="56"/>
        <source>Payback, NPV and IRR</source>
        <translation>Özünüödəmə, NPV və IRR</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/labels.py" line="62"/>
        <source>Full RECP assessment</source>
        <translation>Tam RECP qiymətləndirməsi</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/labels.py" line="64"/>
        <source>RECP Club self-audit</source>
        <translation>RECP Klubu üzrə özünüaudit</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/labels.py" line="70"/>
        <source>Planned</source>
        <translation>Planlaşdırılıb</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/labels.py" line="71"/>
        <source>In progress</source>
        <translation>Davam edir</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/labels.py" line="72"/>
        <source>Completed</source>
        <translation>Tamamlanıb</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/labels.py" line="78"/>
        <source>Identified</source>
        <translation>Müəyyən edilib</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/labels.py" line="79"/>
        <source>Recommended</source>
        <translation>Tövsiyə edilib</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/labels.py" line="80"/>
        <source>Implemented</source>
        <translation>Tətbiq edilib</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/labels.py" line="81"/>
        <source>Rejected</source>
        <translation>Rədd edilib</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/labels.py" line="88"/>
        <source>Production output</source>
        <translation>İstehsal həcmi</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/labels.py" line="89"/>
        <source>Value added</source>
        <translation>Əlavə dəyər</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/labels.py" line="90"/>
        <source>Electricity</source>
        <translation>Elektrik enerjisi</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/labels.py" line="91"/>
        <source>Natural gas</source>
        <translation>Təbii qaz</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/labels.py" line="92"/>
        <source>Purchased heat</source>
        <translation>Alınmış istilik enerjisi</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/labels.py" line="93"/>
        <source>Fuel oil</source>
        <translation>Mazut</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/labels.py" line="94"/>
        <source>Coal</source>
        <translation>Kömür</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/labels.py" line="95"/>
        <source>Diesel</source>
        <translation>Dizel yanacağı</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/labels.py" line="97"/>
        <source>Wastewater</source>
        <translation>Tullantı suları</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/labels.py" line="98"/>
        <source>Raw materials</source>
        <translation>Xammal</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/labels.py" line="99"/>
        <source>Chemicals</source>
        <translation>Kimyəvi maddələr</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/labels.py" line="100"/>
        <source>Packaging</source>
        <translation>Qablaşdırma</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/labels.py" line="101"/>
        <source>Non-hazardous waste</source>
        <translation>Qeyri-təhlükəli tullantılar</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/labels.py" line="102"/>
        <source>Hazardous waste</source>
        <translation>Təhlükəli tullantılar</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/labels.py" line="38"/>
        <source>Park management</source>
        <translation>Park idarəetməsi</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/labels.py" line="39"/>
        <source>Environmental</source>
        <translation>Ətraf mühit</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/labels.py" line="40"/>
        <source>Social</source>
        <translation>Sosial sahə</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/labels.py" line="41"/>
        <source>Economic</source>
        <translation>İqtisadiyyat</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../recp_desktop/ui/main_window.py" line="200"/>
        <source>Backup restored.</source>
        <translation>Ehtiyat nüsxə bərpa edildi.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../recp_desktop/ui/main_window.py" line="411"/>
        <source>%n record(s) in conflict: File &gt; Conflicts… to settle them.</source>
        <translation>
            <numerusform>%n qeyd ziddiyyətdədir: həll etmək üçün Fayl &gt; Ziddiyyətlər…</numerusform>
            <numerusform>%n qeyd ziddiyyətdədir: həll etmək üçün Fayl &gt; Ziddiyyətlər…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/main_window.py" line="461"/>
        <source>New company</source>
        <translation>Yeni şirkət</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/main_window.py" line="462"/>
        <source>Start an assessment of {name} now?</source>
        <translation>{name} şirkətinin qiymətləndirməsinə indi başlansın?</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/main_window.py" line="545"/>
        <source>Undo</source>
        <translation>Geri al</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/main_window.py" line="546"/>
        <source>Redo</source>
        <translation>Təkrarla</translation>
    </message>
    <message numerus="yes">
        <location filename="../../recp_desktop/ui/main_window.py" line="554"/>
        <source>%n answer(s) waiting to be saved.</source>
        <translation>
            <numerusform>%n cavab saxlanılmağı gözləyir.</numerusform>
            <numerusform>%n cavab saxlanılmağı gözləyir.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/main_window.py" line="571"/>
        <source>All changes saved at {time}</source>
        <translation>Bütün dəyişikliklər {time} saxlanıldı</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/main_window.py" line="564"/>
        <source>Not saved — retrying</source>
        <translation>Saxlanılmayıb — yenidən cəhd edilir</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/main_window.py" line="511"/>
        <source>Creating the demo company…</source>
        <translation>Nümunə müəssisə yaradılır…</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/main_window.py" line="519"/>
        <source>Entering the baseline…</source>
        <translation>İlkin göstəricilər daxil edilir…</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/main_window.py" line="520"/>
        <source>Answering the checklists…</source>
        <translation>Yoxlama siyahıları doldurulur…</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/main_window.py" line="521"/>
        <source>Calculating the options…</source>
        <translation>Tədbirlər hesablanır…</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/main_window.py" line="595"/>
        <source>Settings saved.</source>
        <translation>Parametrlər saxlanıldı.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/main_window.py" line="645"/>
        <source>&amp;File</source>
        <translation>&amp;Fayl</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/main_window.py" line="646"/>
        <source>&amp;Edit</source>
        <translation>&amp;Redaktə</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/main_window.py" line="647"/>
        <source>&amp;View</source>
        <translation>&amp;Görünüş</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/main_window.py" line="648"/>
        <source>&amp;Language</source>
        <translation>&amp;Dil</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/main_window.py" line="649"/>
        <source>&amp;Help</source>
        <translation>&amp;Kömək</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/main_window.py" line="650"/>
        <source>&amp;Home</source>
        <translation>&amp;Ana səhifə</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/main_window.py" line="651"/>
        <source>New &amp;company…</source>
        <translation>Yeni &amp;şirkət…</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/main_window.py" line="652"/>
        <source>New &amp;assessment…</source>
        <translation>Yeni &amp;qiymətləndirmə…</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/main_window.py" line="653"/>
        <source>Create &amp;demo company</source>
        <translation>&amp;Demo şirkət yarat</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/main_window.py" line="654"/>
        <source>&amp;Quit</source>
        <translation>Ç&amp;ıxış</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/main_window.py" line="655"/>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Ehtiyat nüsxədən bərpa et…</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/main_window.py" line="656"/>
        <source>&amp;Export package…</source>
        <translation>Paketi i&amp;xrac et…</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/main_window.py" line="657"/>
        <source>&amp;Import packages…</source>
        <translation>Paketləri &amp;idxal et…</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/main_window.py" line="658"/>
        <source>Export &amp;tables…</source>
        <translation>&amp;Cədvəlləri ixrac et…</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/main_window.py" line="659"/>
        <source>Con&amp;flicts…</source>
        <translation>&amp;Ziddiyyətlər…</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/main_window.py" line="661"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Parametrlər…</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/main_window.py" line="662"/>
        <source>&amp;About RECP Desktop</source>
        <translation>RECP Desktop &amp;haqqında</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/main_window.py" line="665"/>
        <source>Main toolbar</source>
        <translation>Əsas alətlər paneli</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/main_window.py" line="669"/>
        <source>Opening {folder}…</source>
        <translation>{folder} açılır…</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/main_window.py" line="671"/>
        <source>Data: {path}</source>
        <translation>Məlumatlar: {path}</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/main_window.py" line="568"/>
        <source>No changes yet</source>
        <translation>Hələ dəyişiklik yoxdur</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/main_window.py" line="679"/>
        <source>About RECP Desktop</source>
        <translation>RECP Desktop haqqında</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/main_window.py" line="681"/>
        <source>&lt;b&gt;RECP Desktop {version}&lt;/b&gt;&lt;p&gt;Resource Efficient and Cleaner Production audits, offline.&lt;/p&gt;&lt;p&gt;Data folder: {folder}&lt;/p&gt;&lt;p&gt;Log folder: {logs}&lt;/p&gt;&lt;p&gt;Device: {device}&lt;/p&gt;</source>
        <translation>&lt;b&gt;RECP Desktop {version}&lt;/b&gt;&lt;p&gt;Resurslardan səmərəli istifadə və təmiz istehsal (RECP) auditləri, şəbəkəsiz.&lt;/p&gt;&lt;p&gt;Məlumat qovluğu: {folder}&lt;/p&gt;&lt;p&gt;Jurnal qovluğu: {logs}&lt;/p&gt;&lt;p&gt;Cihaz: {device}&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/main_window.py" line="707"/>
        <source>Unsaved answers</source>
        <translation>Saxlanılmamış cavablar</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/main_window.py" line="709"/>
        <source>Some answers could not be saved because the disk refuses writes. Quit anyway and lose them?</source>
        <translation>Bəzi cavablar saxlanıla bilmədi, çünki disk yazmanı qəbul etmir. Yenə də çıxıb onları itirmək istəyirsiniz?</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/main_window.py" line="660"/>
        <source>Companies that &amp;look the same…</source>
        <translation>&amp;Oxşar şirkətlər…</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/main_window.py" line="522"/>
        <source>Recording the waste streams…</source>
        <translation>Tullantı axınları qeyd olunur…</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/main_window.py" line="663"/>
        <source>Waste &amp;map…</source>
        <translation>Tullantı &amp;xəritəsi…</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/main_window.py" line="664"/>
        <source>&amp;Symbiosis candidates…</source>
        <translation>&amp;Simbioz namizədləri…</translation>
    </message>
</context>
<context>
    <name>OptionsModel</name>
    <message>
        <location filename="../../recp_desktop/ui/options_page.py" line="160"/>
        <source>Option</source>
        <translation>Tədbir</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/options_page.py" line="161"/>
        <source>Area</source>
        <translation>Sahə</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/options_page.py" line="162"/>
        <source>CP technique</source>
        <translation>Təmiz istehsal üsulu</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/options_page.py" line="163"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/options_page.py" line="164"/>
        <source>Investment, {currency}</source>
        <translation>İnvestisiya, {currency}</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/options_page.py" line="165"/>
        <source>Saving, {currency}/yr</source>
        <translation>Qənaət, {currency}/il</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/options_page.py" line="170"/>
        <source>Payback</source>
        <translation>Özünüödəmə</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/options_page.py" line="228"/>
        <source>The option needs a title.</source>
        <translation>Tədbirin adı olmalıdır.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/options_page.py" line="231"/>
        <source>The investment cannot be negative.</source>
        <translation>İnvestisiya mənfi ola bilməz.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/options_page.py" line="259"/>
        <source>New option</source>
        <translation>Yeni tədbir</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/options_page.py" line="166"/>
        <source>Energy, {unit}</source>
        <translation>Enerji, {unit}</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/options_page.py" line="167"/>
        <source>Water, {unit}</source>
        <translation>Su, {unit}</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/options_page.py" line="168"/>
        <source>Materials, {unit}</source>
        <translation>Materiallar, {unit}</translation>
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
        <translation>Tədbiri sil</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/options_page.py" line="382"/>
        <source>Delete “{title}”? Edit &gt; Undo brings it back.</source>
        <translation>“{title}” silinsin? Redaktə &gt; Geri al onu qaytarır.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/options_page.py" line="397"/>
        <source>&lt;b&gt;Total of {count} options (not rejected):&lt;/b&gt; {money} {currency}/yr saved for {investment} {currency} invested · {energy} kWh · {water} m³ · {materials} t · {co2} t CO2 per year · payback {payback}</source>
        <translation>&lt;b&gt;Cəmi {count} tədbir (rədd edilənlər istisna olmaqla):&lt;/b&gt; {investment} {currency} investisiya ilə ildə {money} {currency} qənaət · ildə {energy} kVt·saat · {water} m³ · {materials} t · {co2} t CO2 · özünüödəmə müddəti: {payback}</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/options_page.py" line="419"/>
        <source>Options</source>
        <translation>Tədbirlər</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/options_page.py" line="420"/>
        <source>New option</source>
        <translation>Yeni tədbir</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/options_page.py" line="421"/>
        <source>Delete</source>
        <translation>Sil</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/options_page.py" line="424"/>
        <source>Options come from the calculators (Ctrl+K on a checklist question) or are added here. Double-click a cell to edit; Ctrl+Z undoes.</source>
        <translation>Tədbirlər kalkulyatorlardan (yoxlama siyahısının sualında Ctrl+K) gəlir və ya burada əlavə edilir. Redaktə etmək üçün xanaya iki dəfə klikləyin; Ctrl+Z geri alır.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../recp_desktop/ui/overview_page.py" line="142"/>
        <source>{count} options (not rejected) save {money} {currency}, {energy} MWh, {water} m³ and {co2} t CO2 per year for {investment} {currency}; payback {payback}.</source>
        <translation>{count} tədbir (rədd edilənlər istisna olmaqla) {investment} {currency} investisiya ilə ildə {money} {currency}, {energy} MVt·saat, {water} m³ və {co2} t CO2 qənaət edir; özünüödəmə müddəti: {payback}.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/overview_page.py" line="157"/>
        <source>Energy productivity</source>
        <translation>Enerji məhsuldarlığı</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/overview_page.py" line="158"/>
        <source>Water productivity</source>
        <translation>Su məhsuldarlığı</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/overview_page.py" line="159"/>
        <source>Materials productivity</source>
        <translation>Material məhsuldarlığı</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/overview_page.py" line="160"/>
        <source>Waste intensity</source>
        <translation>Tullantı intensivliyi</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/overview_page.py" line="161"/>
        <source>Wastewater intensity</source>
        <translation>Tullantı suyu intensivliyi</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/overview_page.py" line="162"/>
        <source>CO2 intensity</source>
        <translation>CO2 intensivliyi</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/overview_page.py" line="166"/>
        <source>Indicator</source>
        <translation>Göstərici</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/overview_page.py" line="167"/>
        <source>Unit</source>
        <translation>Vahid</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/overview_page.py" line="168"/>
        <source>Baseline</source>
        <translation>Baza</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/overview_page.py" line="169"/>
        <source>With recommended options</source>
        <translation>Tövsiyə edilən tədbirlərlə</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/overview_page.py" line="170"/>
        <source>Change</source>
        <translation>Dəyişiklik</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/overview_page.py" line="191"/>
        <source>production output</source>
        <translation>istehsal həcmi</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/overview_page.py" line="192"/>
        <source>value added</source>
        <translation>əlavə dəyər</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/overview_page.py" line="193"/>
        <source>energy use</source>
        <translation>enerji istifadəsi</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/overview_page.py" line="194"/>
        <source>water use</source>
        <translation>su istifadəsi</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/overview_page.py" line="195"/>
        <source>materials</source>
        <translation>materiallar</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/overview_page.py" line="196"/>
        <source>waste</source>
        <translation>tullantılar</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/overview_page.py" line="197"/>
        <source>wastewater</source>
        <translation>tullantı suları</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/overview_page.py" line="201"/>
        <source>The baseline lacks {what}: fill it in for the indicators.</source>
        <translation>Baza göstəricilərində çatışmır: {what}. Göstəricilər üçün onları doldurun.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/overview_page.py" line="215"/>
        <source>Edit company…</source>
        <translation>Şirkəti redaktə et…</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/overview_page.py" line="216"/>
        <source>Edit assessment…</source>
        <translation>Qiymətləndirməni redaktə et…</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/overview_page.py" line="220"/>
        <source>Country</source>
        <translation>Ölkə</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/overview_page.py" line="222"/>
        <source>Region, city</source>
        <translation>Region, şəhər</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/overview_page.py" line="225"/>
        <source>NACE sector</source>
        <translation>NACE sahəsi</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/overview_page.py" line="226"/>
        <source>Employees</source>
        <translation>İşçilər</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/overview_page.py" line="227"/>
        <source>Products</source>
        <translation>Məhsullar</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/overview_page.py" line="228"/>
        <source>Eco-industrial park</source>
        <translation>Eko-sənaye parkı</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/overview_page.py" line="229"/>
        <source>Kind</source>
        <translation>Növ</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/overview_page.py" line="230"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/overview_page.py" line="231"/>
        <source>Dates</source>
        <translation>Tarixlər</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/overview_page.py" line="232"/>
        <source>Team</source>
        <translation>Komanda</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/overview_page.py" line="233"/>
        <source>Currency</source>
        <translation>Valyuta</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/overview_page.py" line="244"/>
        <source>Checklists</source>
        <translation>Yoxlama siyahıları</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/overview_page.py" line="248"/>
        <source>Savings and RECP indicators</source>
        <translation>Qənaət və RECP göstəriciləri</translation>
    </message>
</context>
<context>
    <name>ParksView</name>
    <message>
        <location filename="../../recp_desktop/ui/parks_view.py" line="61"/>
        <source>open</source>
        <translation>açıq</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/parks_view.py" line="62"/>
        <location filename="../../recp_desktop/ui/parks_view.py" line="119"/>
        <source>confirmed</source>
        <translation>təsdiqlənib</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/parks_view.py" line="63"/>
        <source>dismissed</source>
        <translation>rədd edilib</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/parks_view.py" line="126"/>
        <source>Park, company or exchange</source>
        <translation>Park, müəssisə və ya mübadilə</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/parks_view.py" line="128"/>
        <source>Assessments</source>
        <translation>Qiymətləndirmələr</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/parks_view.py" line="129"/>
        <source>Completed</source>
        <translation>Tamamlanıb</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/parks_view.py" line="130"/>
        <source>Waste streams</source>
        <translation>Tullantı axınları</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/parks_view.py" line="131"/>
        <source>t/year</source>
        <translation>t/il</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/parks_view.py" line="81"/>
        <location filename="../../recp_desktop/ui/parks_view.py" line="121"/>
        <source>{count} confirmed</source>
        <translation>təsdiqlənib: {count}</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/parks_view.py" line="127"/>
        <source>Companies</source>
        <translation>Müəssisələr</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/parks_view.py" line="132"/>
        <source>Exchange</source>
        <translation>Mübadilə</translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <location filename="../../recp_desktop/ui/club_dialogs.py" line="128"/>
        <source>Add a participant</source>
        <translation>İştirakçı əlavə et</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_dialogs.py" line="135"/>
        <source>C&amp;ompany:</source>
        <translation>Şir&amp;kət:</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_dialogs.py" line="136"/>
        <source>&amp;Name:</source>
        <translation>&amp;Ad və soyad:</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_dialogs.py" line="137"/>
        <source>&amp;Position:</source>
        <translation>&amp;Vəzifə:</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_dialogs.py" line="138"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-poçt:</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_dialogs.py" line="142"/>
        <source>Create the company first (File &gt; New company).</source>
        <translation>Əvvəlcə şirkəti yaradın (Fayl &gt; Yeni şirkət).</translation>
    </message>
</context>
<context>
    <name>QuickWinsPage</name>
    <message>
        <location filename="../../recp_desktop/ui/club_view.py" line="36"/>
        <source>My quick wins</source>
        <translation>Mənim sürətli qənaətlərim</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_view.py" line="37"/>
        <source>New quick win</source>
        <translation>Yeni sürətli qənaət</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_view.py" line="40"/>
        <source>Quick wins come from the calculators: on a checklist question, Ctrl+K. Double-click a cell to change it; Ctrl+Z undoes.</source>
        <translation>Sürətli qənaətlər kalkulyatorlardan gəlir: yoxlama siyahısının sualında Ctrl+K. Dəyişmək üçün xanaya iki dəfə klikləyin; Ctrl+Z geri qaytarır.</translation>
    </message>
</context>
<context>
    <name>RegionBox</name>
    <message>
        <location filename="../../recp_desktop/ui/region_box.py" line="104"/>
        <source>“{text}” is not one of the regions of {country}: the company will not be on the waste map. Pick a region from the list.</source>
        <translation>“{text}” {country} regionlarından biri deyil: müəssisə tullantı xəritəsində görünməyəcək. Siyahıdan region seçin.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/region_box.py" line="99"/>
        <source>“{text}” names more than one region of {country}: pick the one from the list, or the company will not be on the waste map.</source>
        <translation>“{text}” {country} ölkəsinin bir neçə regionunun adıdır: siyahıdan lazım olanı seçin, əks halda müəssisə tullantı xəritəsində olmayacaq.</translation>
    </message>
</context>
<context>
    <name>RegionTableModel</name>
    <message>
        <location filename="../../recp_desktop/ui/waste_map.py" line="91"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/waste_map.py" line="92"/>
        <source>Country</source>
        <translation>Ölkə</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/waste_map.py" line="93"/>
        <source>t/year</source>
        <translation>t/il</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/waste_map.py" line="94"/>
        <source>Streams</source>
        <translation>Axınlar</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/waste_map.py" line="95"/>
        <source>Companies</source>
        <translation>Müəssisələr</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/waste_map.py" line="106"/>
        <source>{name} (not on the map)</source>
        <translation>{name} (xəritədə yoxdur)</translation>
    </message>
</context>
<context>
    <name>ReportMenu</name>
    <message>
        <location filename="../../recp_desktop/ui/report_task.py" line="100"/>
        <source>&amp;Report</source>
        <translation>&amp;Hesabat</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/report_task.py" line="101"/>
        <source>Generate &amp;PDF…</source>
        <translation>&amp;PDF yarat…</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/report_task.py" line="102"/>
        <source>Report &amp;language</source>
        <translation>Hesabatın &amp;dili</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/report_task.py" line="107"/>
        <source>RECP report</source>
        <translation>RECP hesabatı</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/report_task.py" line="111"/>
        <source>Save the report as</source>
        <translation>Hesabatı belə saxla</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/report_task.py" line="111"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF faylları (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/report_task.py" line="131"/>
        <source>Some answers are not saved yet and are not in the report.</source>
        <translation>Bəzi cavablar hələ saxlanılmayıb və hesabata daxil deyil.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/report_task.py" line="147"/>
        <location filename="../../recp_desktop/ui/report_task.py" line="156"/>
        <source>Writing the report…</source>
        <translation>Hesabat yazılır…</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/report_task.py" line="150"/>
        <source>Cancel</source>
        <translation>Ləğv et</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/report_task.py" line="149"/>
        <location filename="../../recp_desktop/ui/report_task.py" line="192"/>
        <source>Report</source>
        <translation>Hesabat</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/report_task.py" line="153"/>
        <source>Reading the assessment…</source>
        <translation>Qiymətləndirmə oxunur…</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/report_task.py" line="154"/>
        <source>Preparing the photos…</source>
        <translation>Fotolar hazırlanır…</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/report_task.py" line="155"/>
        <source>Laying out the pages…</source>
        <translation>Səhifələr tərtib edilir…</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/report_task.py" line="170"/>
        <source>Report saved: {path}</source>
        <translation>Hesabat saxlanıldı: {path}</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/report_task.py" line="175"/>
        <source>No program to open {path} was found.</source>
        <translation>{path} faylını açmaq üçün proqram tapılmadı.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/report_task.py" line="184"/>
        <source>The report was cancelled.</source>
        <translation>Hesabatın yaradılması ləğv edildi.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/report_task.py" line="191"/>
        <source>The report could not be written: {reason}</source>
        <translation>Hesabat yazıla bilmədi: {reason}</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../recp_desktop/ui/backup_dialog.py" line="27"/>
        <source>Daily</source>
        <translation>Gündəlik</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/backup_dialog.py" line="28"/>
        <source>Before upgrade</source>
        <translation>Yeniləmədən əvvəl</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/backup_dialog.py" line="29"/>
        <source>Before a restore</source>
        <translation>Bərpadan əvvəl</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/backup_dialog.py" line="30"/>
        <source>Manual</source>
        <translation>Əl ilə</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/backup_dialog.py" line="39"/>
        <location filename="../../recp_desktop/ui/backup_dialog.py" line="96"/>
        <source>Restore from backup</source>
        <translation>Ehtiyat nüsxədən bərpa</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/backup_dialog.py" line="44"/>
        <source>Pick a backup to go back to. The current database is kept as a backup too, so a restore can itself be undone.</source>
        <translation>Qayıtmaq istədiyiniz ehtiyat nüsxəni seçin. Cari verilənlər bazası da ehtiyat nüsxə kimi saxlanılır, buna görə bərpanın özünü də geri qaytarmaq olar.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/backup_dialog.py" line="50"/>
        <source>Taken</source>
        <translation>Tarix</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/backup_dialog.py" line="50"/>
        <source>Why</source>
        <translation>Səbəb</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/backup_dialog.py" line="50"/>
        <source>Size</source>
        <translation>Ölçü</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/backup_dialog.py" line="69"/>
        <source>Restore…</source>
        <translation>Bərpa et…</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/backup_dialog.py" line="80"/>
        <source>There are no backups yet.</source>
        <translation>Hələ ehtiyat nüsxə yoxdur.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/backup_dialog.py" line="98"/>
        <source>Replace the current data with the backup taken {when}? The current data is kept as a backup.</source>
        <translation>Cari məlumatlar {when} tarixli ehtiyat nüsxə ilə əvəz edilsin? Cari məlumatlar ehtiyat nüsxə kimi saxlanılacaq.</translation>
    </message>
</context>
<context>
    <name>ReviewBar</name>
    <message>
        <location filename="../../recp_desktop/ui/review_bar.py" line="112"/>
        <source>Draft</source>
        <translation>Qaralama</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/review_bar.py" line="113"/>
        <source>Submitted for review</source>
        <translation>Yoxlamaya göndərilib</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/review_bar.py" line="114"/>
        <source>Approved</source>
        <translation>Təsdiqlənib</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/review_bar.py" line="115"/>
        <source>Returned to the expert</source>
        <translation>Ekspertə qaytarılıb</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/review_bar.py" line="123"/>
        <source>&amp;Submit for review</source>
        <translation>&amp;Yoxlamaya göndər</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/review_bar.py" line="124"/>
        <source>&amp;Withdraw submission</source>
        <translation>Yoxlamadan &amp;geri götür</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/review_bar.py" line="125"/>
        <source>Re&amp;open for editing…</source>
        <translation>Dəyişmək üçün &amp;aç…</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/review_bar.py" line="126"/>
        <source>Appro&amp;ve</source>
        <translation>Təs&amp;diqlə</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/review_bar.py" line="127"/>
        <source>Re&amp;turn…</source>
        <translation>&amp;Qaytar…</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/review_bar.py" line="128"/>
        <source>Review &amp;history…</source>
        <translation>Yoxlama &amp;tarixçəsi…</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/review_bar.py" line="135"/>
        <source>Review: %1</source>
        <translation>Yoxlama: %1</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/review_bar.py" line="150"/>
        <source>Returned by %1 on %2:</source>
        <translation>%1 qaytarıb, %2:</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/review_bar.py" line="158"/>
        <source>Review steps were taken on two devices without seeing each other; this state stands until the next step.</source>
        <translation>Yoxlama addımları iki cihazda bir-birindən xəbərsiz atılıb; növbəti addıma qədər bu vəziyyət qüvvədədir.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/review_bar.py" line="173"/>
        <location filename="../../recp_desktop/ui/review_bar.py" line="233"/>
        <source>Review</source>
        <translation>Yoxlama</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/review_bar.py" line="179"/>
        <source>Approval withdrawn: the assessment is a draft again, to be submitted and reviewed again.</source>
        <translation>Təsdiq geri götürüldü: qiymətləndirmə yenidən qaralamadır, yenidən göndərilməli və yoxlanmalıdır.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/review_bar.py" line="184"/>
        <source>Submitted for review.</source>
        <translation>Yoxlamaya göndərildi.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/review_bar.py" line="185"/>
        <source>Submission withdrawn: the assessment is a draft again.</source>
        <translation>Göndərmə geri götürüldü: qiymətləndirmə yenidən qaralamadır.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/review_bar.py" line="186"/>
        <source>Approved.</source>
        <translation>Təsdiqləndi.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/review_bar.py" line="187"/>
        <source>Returned to the expert.</source>
        <translation>Ekspertə qaytarıldı.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/review_bar.py" line="208"/>
        <source>Reopen the approved assessment?</source>
        <translation>Təsdiqlənmiş qiymətləndirmə dəyişmək üçün açılsın?</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/review_bar.py" line="210"/>
        <source>This assessment is approved. Editing it withdraws the approval: it goes back to draft, to be submitted and reviewed again. Withdraw and edit?</source>
        <translation>Bu qiymətləndirmə təsdiqlənib. Dəyişiklik təsdiqi geri götürür: o yenidən qaralama olur, yenidən göndərilməli və yoxlanılmalıdır. Geri götürüb dəyişilsin?</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/review_bar.py" line="213"/>
        <source>Not edited: reopen the approved assessment to edit it.</source>
        <translation>Dəyişdirilmədi: təsdiqlənmiş qiymətləndirməni dəyişmək üçün onu açın.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/review_bar.py" line="216"/>
        <source>Withdraw the submission?</source>
        <translation>Yoxlamadan geri götürülsün?</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/review_bar.py" line="218"/>
        <source>This assessment is submitted for review. Editing it withdraws the submission: it goes back to draft, to be submitted again when done. Withdraw and edit?</source>
        <translation>Bu qiymətləndirmə yoxlamaya göndərilib. Dəyişiklik göndərməni geri götürür: o yenidən qaralama olur, bitirdikdən sonra yenidən göndərin. Geri götürüb dəyişilsin?</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/review_bar.py" line="221"/>
        <source>Not edited: withdraw the submission to edit this assessment.</source>
        <translation>Dəyişilmədi: bu qiymətləndirməni dəyişmək üçün onu yoxlamadan geri götürün.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/review_bar.py" line="227"/>
        <source>Return the assessment</source>
        <translation>Qiymətləndirməni qaytar</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/review_bar.py" line="227"/>
        <source>What should the expert change?</source>
        <translation>Ekspert nəyi dəyişməlidir?</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/review_bar.py" line="233"/>
        <source>Write what the expert should change.</source>
        <translation>Ekspertin nəyi dəyişməli olduğunu yazın.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/review_bar.py" line="243"/>
        <source>Review history</source>
        <translation>Yoxlama tarixçəsi</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <location filename="../../recp_desktop/ui/club_dialogs.py" line="105"/>
        <source>Add a session</source>
        <translation>Məşğələ əlavə et</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_dialogs.py" line="108"/>
        <source>&amp;Date:</source>
        <translation>&amp;Tarix:</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_dialogs.py" line="109"/>
        <source>&amp;Topic:</source>
        <translation>&amp;Mövzu:</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../recp_desktop/ui/settings_dialog.py" line="67"/>
        <source>Settings</source>
        <translation>Parametrlər</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/settings_dialog.py" line="72"/>
        <source>System language ({name})</source>
        <translation>Sistemin dili ({name})</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/settings_dialog.py" line="77"/>
        <source>Printed on reports</source>
        <translation>Hesabatlarda çap olunur</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/settings_dialog.py" line="78"/>
        <source>General</source>
        <translation>Ümumi</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/settings_dialog.py" line="80"/>
        <source>&amp;Language:</source>
        <translation>&amp;Dil:</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/settings_dialog.py" line="81"/>
        <source>&amp;Centre name:</source>
        <translation>&amp;Mərkəzin adı:</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/settings_dialog.py" line="84"/>
        <source>No default</source>
        <translation>Təyin edilməyib</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/settings_dialog.py" line="89"/>
        <source>The company&apos;s national currency</source>
        <translation>Şirkətin milli valyutası</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/settings_dialog.py" line="92"/>
        <source>New companies and assessments</source>
        <translation>Yeni şirkətlər və qiymətləndirmələr</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/settings_dialog.py" line="94"/>
        <source>Default c&amp;ountry:</source>
        <translation>Standart ö&amp;lkə:</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/settings_dialog.py" line="95"/>
        <source>Default c&amp;urrency:</source>
        <translation>Standart &amp;valyuta:</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/settings_dialog.py" line="103"/>
        <source>Packages from this computer are signed with this key; compare it by phone.</source>
        <translation>Bu kompüterdən göndərilən paketlər bu açarla imzalanır; onu telefonla müqayisə edin.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/settings_dialog.py" line="106"/>
        <source>&amp;Open folder</source>
        <translation>&amp;Qovluğu aç</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/settings_dialog.py" line="111"/>
        <source>This computer</source>
        <translation>Bu kompüter</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/settings_dialog.py" line="113"/>
        <source>&amp;Device name:</source>
        <translation>&amp;Cihazın adı:</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/settings_dialog.py" line="114"/>
        <source>Device ID:</source>
        <translation>Cihazın identifikatoru:</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/settings_dialog.py" line="115"/>
        <source>Key fingerprint:</source>
        <translation>Açarın barmaq izi:</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/settings_dialog.py" line="116"/>
        <source>Data folder:</source>
        <translation>Məlumat qovluğu:</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/settings_dialog.py" line="120"/>
        <source>&amp;Back up now</source>
        <translation>İndi &amp;ehtiyat nüsxə çıxar</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/settings_dialog.py" line="123"/>
        <source>Backups</source>
        <translation>Ehtiyat nüsxələr</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/settings_dialog.py" line="125"/>
        <source>Backups to &amp;keep:</source>
        <translation>&amp;Saxlanılacaq nüsxələr:</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/settings_dialog.py" line="126"/>
        <source>Latest backup:</source>
        <translation>Son ehtiyat nüsxə:</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/settings_dialog.py" line="153"/>
        <source>Hub</source>
        <translation>Hab</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/settings_dialog.py" line="163"/>
        <source>Not connected. File &gt; Connect to hub… signs this computer in.</source>
        <translation>Qoşulmayıb. Fayl &gt; Hab-a qoşul… bu kompüterlə daxil olur.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/settings_dialog.py" line="168"/>
        <source>auditor</source>
        <translation>auditor</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/settings_dialog.py" line="169"/>
        <source>supervisor</source>
        <translation>rəhbər</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/settings_dialog.py" line="170"/>
        <source>administrator</source>
        <translation>administrator</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/settings_dialog.py" line="173"/>
        <source>Hub:</source>
        <translation>Hab:</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/settings_dialog.py" line="174"/>
        <source>User:</source>
        <translation>İstifadəçi:</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/settings_dialog.py" line="175"/>
        <source>Organisation:</source>
        <translation>Təşkilat:</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/settings_dialog.py" line="176"/>
        <source>Role:</source>
        <translation>Rol:</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/settings_dialog.py" line="180"/>
        <source>Pinned certificate:</source>
        <translation>Bərkidilmiş sertifikat:</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/settings_dialog.py" line="190"/>
        <source>Unavailable: {reason}</source>
        <translation>Əlçatan deyil: {reason}</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/settings_dialog.py" line="205"/>
        <source>None yet</source>
        <translation>Hələ yoxdur</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/settings_dialog.py" line="210"/>
        <source>{when} ({why}, {size})</source>
        <translation>{when} ({why}, {size})</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/settings_dialog.py" line="239"/>
        <source>The backup failed: {reason}</source>
        <translation>Ehtiyat nüsxə çıxarılmadı: {reason}</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/settings_dialog.py" line="249"/>
        <source>The device needs a name.</source>
        <translation>Cihazın adı olmalıdır.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/settings_dialog.py" line="261"/>
        <source>Could not save the settings: {reason}</source>
        <translation>Parametrləri saxlamaq mümkün olmadı: {reason}</translation>
    </message>
</context>
<context>
    <name>SimpleCalculatorDialog</name>
    <message>
        <location filename="../../recp_desktop/ui/simple_calculator.py" line="53"/>
        <source>What you measure, count or read on a bill</source>
        <translation>Ölçdüyünüz, saydığınız və ya hesabda oxuduğunuz</translation>
    </message>
    <message numerus="yes">
        <location filename="../../recp_desktop/ui/simple_calculator.py" line="84"/>
        <location filename="../../recp_desktop/ui/simple_calculator.py" line="155"/>
        <source>Show the other assumptions (%n)</source>
        <translation>
            <numerusform>Digər fərziyyələri göstər (%n)</numerusform>
            <numerusform>Digər fərziyyələri göstər (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/simple_calculator.py" line="110"/>
        <source>{calculator} — simple</source>
        <translation>{calculator} — sadə rejim</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/simple_calculator.py" line="144"/>
        <source>Assumed unless you change it: {list}.</source>
        <translation>Dəyişməsəniz, qəbul edilir: {list}.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/simple_calculator.py" line="153"/>
        <source>Hide the other assumptions</source>
        <translation>Digər fərziyyələri gizlət</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/simple_calculator.py" line="167"/>
        <source>Save it in my quick wins</source>
        <translation>Sürətli qənaətlərimdə saxla</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/simple_calculator.py" line="178"/>
        <source>Save as a quick win</source>
        <translation>Sürətli qənaət kimi saxla</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/simple_calculator.py" line="181"/>
        <source>What to fix</source>
        <translation>Nəyi düzəltmək</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/simple_calculator.py" line="183"/>
        <source>What fixing it costs ({currency})</source>
        <translation>Düzəltməyin dəyəri ({currency})</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/simple_calculator.py" line="196"/>
        <source>Fixing it saves about {money} {currency} a year.</source>
        <translation>Düzəltmək ildə təxminən {money} {currency} qənaət edir.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/simple_calculator.py" line="200"/>
        <source>Type the price from your bill to see the money it saves.</source>
        <translation>Pulla qənaəti görmək üçün hesabdakı qiyməti yazın.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/simple_calculator.py" line="228"/>
        <source>How this was worked out</source>
        <translation>Bu necə hesablandı</translation>
    </message>
</context>
<context>
    <name>SiteEdit</name>
    <message>
        <location filename="../../recp_desktop/ui/site_edit.py" line="55"/>
        <source>Optional: the site in decimal degrees (WGS 84, as a phone or an online map shows it); south and west negative. With it, the waste map shows the company as a point and symbiosis measures distances between sites.</source>
        <translation>İstəyə bağlı: müəssisənin yeri onluq dərəcələrlə (WGS 84, telefonun və ya onlayn xəritənin göstərdiyi kimi); cənub və qərb mənfi işarə ilə. Bununla tullantı xəritəsi müəssisəni nöqtə kimi göstərir, simbioz isə yerlər arasındakı məsafəni ölçür.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/site_edit.py" line="42"/>
        <location filename="../../recp_desktop/ui/site_edit.py" line="99"/>
        <source>Latitude</source>
        <translation>Enlik</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/site_edit.py" line="40"/>
        <source>° N</source>
        <comment>latitude, north</comment>
        <translation>° şm. e.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/site_edit.py" line="41"/>
        <source>° E</source>
        <comment>longitude, east</comment>
        <translation>° ş. u.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/site_edit.py" line="43"/>
        <location filename="../../recp_desktop/ui/site_edit.py" line="100"/>
        <source>Longitude</source>
        <translation>Uzunluq</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/site_edit.py" line="112"/>
        <source>{label} must be between −{limit} and {limit} degrees.</source>
        <translation>{label} −{limit} ilə {limit} dərəcə arasında olmalıdır.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/site_edit.py" line="118"/>
        <source>Give both the latitude and the longitude, or neither.</source>
        <translation>Həm enliyi, həm də uzunluğu göstərin, ya da heç birini.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/site_edit.py" line="83"/>
        <source>This site is outside {country} on the map; swapped, the two numbers fall inside it: the latitude (° N) comes first.</source>
        <translation>Bu nöqtə xəritədə {country} hüdudlarından kənardadır; rəqəmlərin yerini dəyişsəniz, içəri düşür: əvvəlcə en dairəsi (° şm. e.) yazılır.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/site_edit.py" line="87"/>
        <source>This site is outside {country} on the map: check the latitude and longitude.</source>
        <translation>Bu nöqtə xəritədə {country} hüdudlarından kənardadır: en və uzunluq dairələrini yoxlayın.</translation>
    </message>
</context>
<context>
    <name>SymbiosisWindow</name>
    <message>
        <location filename="../../recp_desktop/ui/symbiosis_page.py" line="299"/>
        <source>No candidate: no waste stream matches another company&apos;s sector in the shipped mapping.</source>
        <translation>Namizəd yoxdur: heç bir tullantı axını verilən uyğunluq cədvəlinə görə başqa müəssisənin sahəsinə uyğun gəlmir.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/symbiosis_page.py" line="319"/>
        <source>Sources:</source>
        <translation>Mənbələr:</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/symbiosis_page.py" line="322"/>
        <source>Declared by the receiving company.</source>
        <translation>Qəbul edən müəssisə bildirib.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/symbiosis_page.py" line="356"/>
        <source>Symbiosis candidates — RECP Desktop</source>
        <translation>Simbioz namizədləri — RECP Desktop</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/symbiosis_page.py" line="373"/>
        <source>Comment (optional)</source>
        <translation>Şərh (istəyə görə)</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/symbiosis_page.py" line="374"/>
        <source>&amp;Confirm</source>
        <translation>&amp;Təsdiqlə</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/symbiosis_page.py" line="375"/>
        <source>&amp;Dismiss</source>
        <translation>&amp;Rədd et</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/symbiosis_page.py" line="376"/>
        <source>&amp;Reopen</source>
        <translation>&amp;Yenidən aç</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/symbiosis_page.py" line="377"/>
        <source>Candidates</source>
        <translation>Namizədlər</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/symbiosis_page.py" line="378"/>
        <source>Eco-industrial parks</source>
        <translation>Eko-sənaye parkları</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/symbiosis_page.py" line="351"/>
        <source>in English: the mapping has no wording in this language yet</source>
        <translation>ingiliscə: sorğu cədvəlində bu dildə mətn hələ yoxdur</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/symbiosis_page.py" line="338"/>
        <source>Receiver&apos;s sector: NACE {code}, {label}</source>
        <translation>Qəbul edənin sahəsi: NACE {code}, {label}</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/symbiosis_page.py" line="342"/>
        <source>in English: no published NACE text in this language</source>
        <translation>ingilis dilində: NACE-nin bu dildə dərc olunmuş mətni əlavə edilməyib</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/symbiosis_page.py" line="358"/>
        <source>Filter: company, waste stream, EWC code or material</source>
        <translation>Süzgəc: müəssisə, tullantı axını, EWC kodu və ya material</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/symbiosis_page.py" line="363"/>
        <source>All decisions</source>
        <translation>Bütün qərarlar</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/symbiosis_page.py" line="363"/>
        <source>Open</source>
        <translation>Açıq</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/symbiosis_page.py" line="364"/>
        <source>Confirmed</source>
        <translation>Təsdiqlənmiş</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/symbiosis_page.py" line="365"/>
        <source>Dismissed</source>
        <translation>Rədd edilmiş</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/symbiosis_page.py" line="369"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Yenilə</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/symbiosis_page.py" line="370"/>
        <source>Read the candidates again (Ctrl+R)</source>
        <translation>Namizədləri yenidən oxu (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/symbiosis_page.py" line="371"/>
        <source>Refresh</source>
        <translation>Yenilə</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/symbiosis_page.py" line="372"/>
        <source>Cancel</source>
        <translation>Ləğv et</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/symbiosis_page.py" line="222"/>
        <source>Could not read the candidates: {error}</source>
        <translation>Namizədləri oxumaq mümkün olmadı: {error}</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/symbiosis_page.py" line="243"/>
        <source>{count} candidates (each waste stream&apos;s {best} best receivers, and every one decided on), {confirmed} confirmed; {shown} shown.</source>
        <translation>Namizədlər: {count} (hər tullantı axını üçün ən yaxşı {best} qəbul edən və qərar verilmiş hamısı), təsdiqlənib: {confirmed}; göstərilir: {shown}.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/symbiosis_page.py" line="252"/>
        <location filename="../../recp_desktop/ui/symbiosis_page.py" line="294"/>
        <source>Reading the candidates…</source>
        <translation>Namizədlər oxunur…</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/symbiosis_page.py" line="296"/>
        <source>No candidate matches the filter.</source>
        <translation>Süzgəcə uyğun namizəd yoxdur.</translation>
    </message>
</context>
<context>
    <name>TemplateImportDialog</name>
    <message>
        <location filename="../../recp_desktop/ui/templates_menu.py" line="74"/>
        <source>Import checklist template</source>
        <translation>Yoxlama siyahısı şablonunun idxalı</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/templates_menu.py" line="75"/>
        <source>Reading {file}…</source>
        <translation>{file} oxunur…</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/templates_menu.py" line="84"/>
        <source>File:</source>
        <translation>Fayl:</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/templates_menu.py" line="85"/>
        <source>Title:</source>
        <translation>Ad:</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/templates_menu.py" line="86"/>
        <source>Id and version:</source>
        <translation>İdentifikator və versiya:</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/templates_menu.py" line="87"/>
        <source>Areas:</source>
        <translation>Sahələr:</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/templates_menu.py" line="88"/>
        <source>Questions:</source>
        <translation>Suallar:</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/templates_menu.py" line="89"/>
        <source>Warnings (the checklist can still be installed):</source>
        <translation>Xəbərdarlıqlar (yoxlama siyahısını yenə də quraşdırmaq olar):</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/templates_menu.py" line="102"/>
        <source>Add it to the open assessment</source>
        <translation>Açıq qiymətləndirməyə əlavə et</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/templates_menu.py" line="106"/>
        <source>&amp;Install</source>
        <translation>&amp;Quraşdır</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/templates_menu.py" line="129"/>
        <source>The workbook is a valid checklist.</source>
        <translation>İş kitabı düzgün yoxlama siyahısıdır.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/templates_menu.py" line="132"/>
        <source>{id}, version {version}</source>
        <translation>{id}, versiya {version}</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/templates_menu.py" line="137"/>
        <source>{count} in {languages}</source>
        <translation>{count}, dillər: {languages}</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/templates_menu.py" line="152"/>
        <source>The file cannot be read: {error}</source>
        <translation>Faylı oxumaq mümkün deyil: {error}</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/templates_menu.py" line="153"/>
        <source>This workbook cannot be imported. Nothing was changed.</source>
        <translation>Bu iş kitabını idxal etmək olmur. Heç nə dəyişdirilmədi.</translation>
    </message>
</context>
<context>
    <name>TemplatePicker</name>
    <message>
        <location filename="../../recp_desktop/ui/templates_menu.py" line="194"/>
        <source>Checklist</source>
        <translation>Yoxlama siyahısı</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/templates_menu.py" line="195"/>
        <source>Id</source>
        <translation>İdentifikator</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/templates_menu.py" line="196"/>
        <source>Version</source>
        <translation>Versiya</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/templates_menu.py" line="197"/>
        <source>Questions</source>
        <translation>Suallar</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/templates_menu.py" line="198"/>
        <source>Areas</source>
        <translation>Sahələr</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/templates_menu.py" line="199"/>
        <source>Origin</source>
        <translation>Mənbə</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/templates_menu.py" line="204"/>
        <source>built-in</source>
        <translation>daxili</translation>
    </message>
</context>
<context>
    <name>TemplatesMenu</name>
    <message>
        <location filename="../../recp_desktop/ui/templates_menu.py" line="274"/>
        <source>&amp;Templates</source>
        <translation>Ş&amp;ablonlar</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/templates_menu.py" line="275"/>
        <source>&amp;Import from XLSForm…</source>
        <translation>XLSForm-dan &amp;idxal…</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/templates_menu.py" line="276"/>
        <source>&amp;Export as XLSForm…</source>
        <translation>XLSForm kimi i&amp;xrac…</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/templates_menu.py" line="277"/>
        <source>&amp;Add a checklist to this assessment…</source>
        <translation>Bu qiymətləndirməyə yoxlama siyahısı ə&amp;lavə et…</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/templates_menu.py" line="284"/>
        <source>Import a checklist from XLSForm</source>
        <translation>XLSForm-dan yoxlama siyahısının idxalı</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/templates_menu.py" line="285"/>
        <location filename="../../recp_desktop/ui/templates_menu.py" line="343"/>
        <source>XLSForm workbooks (*.xlsx)</source>
        <translation>XLSForm iş kitabları (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/templates_menu.py" line="308"/>
        <source>Checklist “{title}” installed.</source>
        <translation>“{title}” yoxlama siyahısı quraşdırıldı.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/templates_menu.py" line="331"/>
        <source>Export a checklist as XLSForm</source>
        <translation>Yoxlama siyahısının XLSForm kimi ixracı</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/templates_menu.py" line="332"/>
        <source>&amp;Export…</source>
        <translation>İ&amp;xrac…</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/templates_menu.py" line="341"/>
        <source>Save the checklist as</source>
        <translation>Yoxlama siyahısını belə saxla</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/templates_menu.py" line="355"/>
        <source>Export as XLSForm</source>
        <translation>XLSForm kimi ixrac</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/templates_menu.py" line="356"/>
        <source>{path} cannot be written: {error}</source>
        <translation>{path} yazıla bilmir: {error}</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/templates_menu.py" line="362"/>
        <source>Checklist saved: {path}</source>
        <translation>Yoxlama siyahısı saxlanıldı: {path}</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/templates_menu.py" line="382"/>
        <source>Add a checklist to this assessment</source>
        <translation>Bu qiymətləndirməyə yoxlama siyahısı əlavə et</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/templates_menu.py" line="383"/>
        <source>&amp;Add</source>
        <translation>Əl&amp;avə et</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/templates_menu.py" line="391"/>
        <source>Add a checklist</source>
        <translation>Yoxlama siyahısı əlavə et</translation>
    </message>
</context>
<context>
    <name>UndoCommands</name>
    <message>
        <location filename="../../recp_desktop/ui/baseline_page.py" line="193"/>
        <source>edit baseline</source>
        <translation>baza göstəricilərinin dəyişdirilməsi</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/checklist_model.py" line="61"/>
        <source>answer to “{question}”</source>
        <translation>“{question}” sualına cavab</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/club_bills_model.py" line="164"/>
        <source>edit bills</source>
        <translation>hesabların dəyişdirilməsi</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/options_page.py" line="81"/>
        <source>edit option</source>
        <translation>tədbirin redaktəsi</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/options_page.py" line="99"/>
        <source>delete option</source>
        <translation>tədbirin silinməsi</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/options_page.py" line="115"/>
        <source>add option “{title}”</source>
        <translation>“{title}” tədbirinin əlavə edilməsi</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/waste_model.py" line="88"/>
        <source>edit waste stream</source>
        <translation>tullantı axınının dəyişdirilməsi</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/waste_model.py" line="101"/>
        <source>delete waste stream</source>
        <translation>tullantı axınının silinməsi</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/waste_model.py" line="103"/>
        <source>add waste stream</source>
        <translation>tullantı axınının əlavə edilməsi</translation>
    </message>
</context>
<context>
    <name>WantedPanel</name>
    <message>
        <location filename="../../recp_desktop/ui/wanted_panel.py" line="165"/>
        <source>Inputs this company would take from others&apos; waste</source>
        <translation>Müəssisənin başqalarının tullantılarından qəbul edəcəyi materiallar</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/wanted_panel.py" line="167"/>
        <source>EWC</source>
        <translation>EWC</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/wanted_panel.py" line="167"/>
        <source>Material</source>
        <translation>Material</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/wanted_panel.py" line="167"/>
        <location filename="../../recp_desktop/ui/wanted_panel.py" line="171"/>
        <source>t/year</source>
        <translation>t/il</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/wanted_panel.py" line="169"/>
        <source>EWC code, e.g. 02 05 01 or 10 01</source>
        <translation>EWC kodu, məsələn 02 05 01 və ya 10 01</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/wanted_panel.py" line="170"/>
        <source>material, in the company&apos;s words</source>
        <translation>material, müəssisənin sözləri ilə</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/wanted_panel.py" line="172"/>
        <source>Add</source>
        <translation>Əlavə et</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/wanted_panel.py" line="173"/>
        <source>Remove</source>
        <translation>Sil</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/wanted_panel.py" line="110"/>
        <source>Hazardous waste (marked * in the List of Waste)</source>
        <translation>Təhlükəli tullantı (Tullantılar siyahısında * ilə işarələnib)</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/wanted_panel.py" line="136"/>
        <source>Wanted input added: {what}.</source>
        <translation>İstənilən xammal əlavə edildi: {what}.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/wanted_panel.py" line="146"/>
        <source>up to {tonnes} t/year</source>
        <translation>ildə {tonnes} t-a qədər</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/wanted_panel.py" line="158"/>
        <source>Wanted input removed: {what}.</source>
        <translation>İstənilən xammal silindi: {what}.</translation>
    </message>
</context>
<context>
    <name>WasteErrors</name>
    <message>
        <location filename="../../recp_desktop/ui/waste_errors.py" line="22"/>
        <source>Unknown unit “{unit}”: use t, kg, m³, L or pcs.</source>
        <translation>Naməlum vahid “{unit}”: t, kq, m³, L və ya ədəd yazın.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/waste_errors.py" line="25"/>
        <source>“{unit}” is not a mass, a volume or pieces: use t, kg, m³, L or pcs.</source>
        <translation>“{unit}” kütlə, həcm və ya ədəd deyil: t, kq, m³, L və ya ədəd yazın.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/waste_errors.py" line="28"/>
        <source>A volume needs a bulk density (kg/m³) to be counted in tonnes.</source>
        <translation>Həcmi tona çevirmək üçün sıxlıq (kq/m³) lazımdır.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/waste_errors.py" line="31"/>
        <source>Pieces need a mass per piece (kg) to be counted in tonnes.</source>
        <translation>Ədədləri tona çevirmək üçün bir ədədin kütləsi (kq) lazımdır.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/waste_errors.py" line="34"/>
        <source>Choose how often the quantity arises: year, quarter, month…</source>
        <translation>Miqdarın hansı dövr üçün olduğunu seçin: il, rüb, ay…</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/waste_errors.py" line="37"/>
        <source>“{value}” is not a code of the List of Waste.</source>
        <translation>“{value}” Avropa Tullantılar Kataloqunun kodu deyil.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/waste_errors.py" line="40"/>
        <source>{field} cannot be negative.</source>
        <translation>{field}: mənfi ola bilməz.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/waste_errors.py" line="41"/>
        <source>{field} must be more than 0.</source>
        <translation>{field}: 0-dan böyük olmalıdır.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/waste_errors.py" line="42"/>
        <source>{field}: no waste is denser than {limit} kg/m³; check the number.</source>
        <translation>{field}: {limit} kq/m³-dən sıx tullantı olmur; rəqəmi yoxlayın.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/waste_errors.py" line="45"/>
        <source>That makes {value} t/yr, more than any plant produces (at most {limit} t/yr): check the unit, the density and the period.</source>
        <translation>Bu, ildə {value} t edir — heç bir müəssisə bu qədər tullantı yaratmır (ən çoxu ildə {limit} t): vahidi, sıxlığı və dövrü yoxlayın.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/waste_errors.py" line="50"/>
        <source>The quantity needs a unit (t, kg, m³, L or pcs).</source>
        <translation>Miqdarın vahidi olmalıdır (t, kq, m³, L və ya ədəd).</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/waste_errors.py" line="53"/>
        <source>{field}: at most {limit} characters.</source>
        <translation>{field}: ən çoxu {limit} simvol.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/waste_errors.py" line="56"/>
        <source>{field}: “{value}” is not a code, sub-chapter or chapter of the List of Waste; type e.g. 02 05 01, 02 05 or 02.</source>
        <translation>{field}: “{value}” Tullantılar Kataloqunun kodu, yarımfəsli və ya fəsli deyil; məsələn, 02 05 01, 02 05 və ya 02 yazın.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/waste_errors.py" line="61"/>
        <source>{field}: this value cannot be stored.</source>
        <translation>{field}: bu dəyəri saxlamaq olmur.</translation>
    </message>
</context>
<context>
    <name>WasteLabels</name>
    <message>
        <location filename="../../recp_desktop/ui/waste_labels.py" line="12"/>
        <source>year</source>
        <translation>il</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/waste_labels.py" line="13"/>
        <source>quarter</source>
        <translation>rüb</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/waste_labels.py" line="14"/>
        <source>month</source>
        <translation>ay</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/waste_labels.py" line="15"/>
        <source>week</source>
        <translation>həftə</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/waste_labels.py" line="16"/>
        <source>once</source>
        <translation>birdəfəlik</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/waste_labels.py" line="23"/>
        <source>On site</source>
        <translation>Müəssisədə</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/waste_labels.py" line="24"/>
        <source>Licensed contractor</source>
        <translation>Lisenziyalı podratçı</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/waste_labels.py" line="25"/>
        <source>Municipal landfill</source>
        <translation>Bələdiyyə poliqonu</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/waste_labels.py" line="26"/>
        <source>Municipal collection</source>
        <translation>Bələdiyyə yığımı</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/waste_labels.py" line="27"/>
        <source>Another company</source>
        <translation>Başqa müəssisə</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/waste_labels.py" line="28"/>
        <source>Export</source>
        <translation>İxrac</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/waste_labels.py" line="29"/>
        <source>Other</source>
        <translation>Digər</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/waste_labels.py" line="46"/>
        <source>EWC code</source>
        <translation>EWC kodu</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/waste_labels.py" line="47"/>
        <source>Name at the plant</source>
        <translation>Müəssisədəki adı</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/waste_labels.py" line="48"/>
        <source>Quantity</source>
        <translation>Miqdar</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/waste_labels.py" line="49"/>
        <source>Unit</source>
        <translation>Vahid</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/waste_labels.py" line="50"/>
        <source>Density, kg/m³</source>
        <translation>Sıxlıq, kq/m³</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/waste_labels.py" line="51"/>
        <source>Mass per piece, kg</source>
        <translation>Bir ədədin kütləsi, kq</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/waste_labels.py" line="52"/>
        <source>Per</source>
        <translation>Dövr</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/waste_labels.py" line="53"/>
        <source>Tonnes per year</source>
        <translation>Ildə ton</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/waste_labels.py" line="54"/>
        <source>Treatment</source>
        <translation>Emal</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/waste_labels.py" line="55"/>
        <source>Destination</source>
        <translation>Təyinat</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/waste_labels.py" line="56"/>
        <source>Annual cost</source>
        <translation>İllik xərc</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/waste_labels.py" line="57"/>
        <source>Note</source>
        <translation>Qeyd</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/waste_labels.py" line="58"/>
        <source>Material</source>
        <translation>Material</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/waste_labels.py" line="59"/>
        <source>Deleted</source>
        <translation>Silinib</translation>
    </message>
</context>
<context>
    <name>WasteMapWindow</name>
    <message>
        <location filename="../../recp_desktop/ui/waste_map.py" line="261"/>
        <location filename="../../recp_desktop/ui/waste_map.py" line="272"/>
        <location filename="../../recp_desktop/ui/waste_map.py" line="325"/>
        <source>No waste recorded for this measure.</source>
        <translation>Bu göstərici üçün tullantı qeyd olunmayıb.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/waste_map.py" line="276"/>
        <source>{tonnes} t/year; streams: {streams}, companies: {companies}</source>
        <translation>{tonnes} t/il; axın: {streams}, müəssisə: {companies}</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/waste_map.py" line="282"/>
        <source>without tonnes (no density or mass): {count}</source>
        <translation>tonsuz (sıxlıq və ya kütlə yoxdur): {count}</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/waste_map.py" line="316"/>
        <source>Click a region for its figures.</source>
        <translation>Göstəricilər üçün regionu klikləyin.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/waste_map.py" line="351"/>
        <source>Could not write {path}.</source>
        <translation>{path} yazıla bilmədi.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/waste_map.py" line="359"/>
        <location filename="../../recp_desktop/ui/waste_map.py" line="365"/>
        <source>Export map</source>
        <translation>Xəritəni ixrac et</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/waste_map.py" line="378"/>
        <source>Any recovery (R)</source>
        <translation>İstənilən bərpa (R)</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/waste_map.py" line="379"/>
        <source>Any disposal (D)</source>
        <translation>İstənilən kənarlaşdırma (D)</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/waste_map.py" line="380"/>
        <source>No treatment recorded</source>
        <translation>Emal qeyd olunmayıb</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/waste_map.py" line="388"/>
        <source>Waste map — RECP Desktop</source>
        <translation>Tullantı xəritəsi — RECP Desktop</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/waste_map.py" line="389"/>
        <source>Export PNG…</source>
        <translation>PNG ixracı…</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/waste_map.py" line="396"/>
        <source>All waste</source>
        <translation>Bütün tullantılar</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/waste_map.py" line="397"/>
        <source>Hazardous waste</source>
        <translation>Təhlükəli tullantılar</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/waste_map.py" line="398"/>
        <source>By EWC chapter</source>
        <translation>EWC fəslinə görə</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/waste_map.py" line="399"/>
        <source>By treatment route</source>
        <translation>Emal üsuluna görə</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/waste_map.py" line="407"/>
        <source>All six countries</source>
        <translation>Altı ölkənin hamısı</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/waste_map.py" line="259"/>
        <source>{tonnes} t/year</source>
        <translation>{tonnes} t/il</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/waste_map.py" line="390"/>
        <source>Refresh</source>
        <translation>Yenilə</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/waste_map.py" line="391"/>
        <source>Read the waste streams again (Ctrl+R)</source>
        <translation>Tullantı axınlarını yenidən oxu (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/waste_map.py" line="311"/>
        <source>No waste recorded in {country} for this measure.</source>
        <translation>{country}: bu göstərici üzrə tullantı qeyd olunmayıb.</translation>
    </message>
</context>
<context>
    <name>WasteModel</name>
    <message>
        <location filename="../../recp_desktop/ui/waste_model.py" line="155"/>
        <source>EWC code</source>
        <translation>EWC kodu</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/waste_model.py" line="156"/>
        <source>Description (List of Waste)</source>
        <translation>Təsvir (Tullantılar siyahısı)</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/waste_model.py" line="157"/>
        <source>Name at the plant</source>
        <translation>Müəssisədəki adı</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/waste_model.py" line="158"/>
        <source>Quantity</source>
        <translation>Miqdar</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/waste_model.py" line="159"/>
        <source>Density, kg/m³ or kg/piece</source>
        <translation>Sıxlıq, kq/m³ və ya kq/ədəd</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/waste_model.py" line="160"/>
        <source>Per</source>
        <translation>Dövr</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/waste_model.py" line="161"/>
        <source>t/yr</source>
        <translation>t/il</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/waste_model.py" line="162"/>
        <source>Treatment</source>
        <translation>Emal</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/waste_model.py" line="163"/>
        <source>Destination</source>
        <translation>Təyinat</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/waste_model.py" line="164"/>
        <source>Cost, {currency}/yr</source>
        <translation>Xərc, {currency}/il</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/waste_model.py" line="165"/>
        <source>Note</source>
        <translation>Qeyd</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/waste_model.py" line="182"/>
        <source>Hazardous waste (marked * in the List of Waste)</source>
        <translation>Təhlükəli tullantı (Tullantılar siyahısında * ilə işarələnib)</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/waste_model.py" line="184"/>
        <source>Enter the density (or mass per piece) to count it in tonnes.</source>
        <translation>Tonla hesablamaq üçün sıxlığı (və ya bir ədədin kütləsini) daxil edin.</translation>
    </message>
</context>
<context>
    <name>WastePage</name>
    <message>
        <location filename="../../recp_desktop/ui/waste_page.py" line="138"/>
        <source>Waste stream {code} added; type its quantity, e.g. 12 t or 3 m³.</source>
        <translation>{code} tullantı axını əlavə edildi; miqdarını daxil edin, məs. 12 t və ya 3 m³.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/waste_page.py" line="147"/>
        <source>Waste stream deleted; Edit &gt; Undo brings it back.</source>
        <translation>Tullantı axını silindi; Redaktə &gt; Geri al onu qaytarır.</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/waste_page.py" line="159"/>
        <source>&lt;b&gt;{count} waste streams:&lt;/b&gt; {tonnes} t/yr, of which hazardous {hazardous} t/yr · cost {cost} {currency}/yr</source>
        <translation>&lt;b&gt;{count} tullantı axını:&lt;/b&gt; {tonnes} t/il, o cümlədən təhlükəli {hazardous} t/il · xərc {cost} {currency}/il</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/waste_page.py" line="169"/>
        <source>{n} without tonnes (density missing)</source>
        <translation>{n} tonsuz (sıxlıq yoxdur)</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/waste_page.py" line="188"/>
        <source>Waste streams</source>
        <translation>Tullantı axınları</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/waste_page.py" line="189"/>
        <source>&amp;Add a waste stream: type an EWC code or words</source>
        <translation>Tullantı axını ə&amp;lavə edin: EWC kodu və ya sözlər yazın</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/waste_page.py" line="190"/>
        <source>e.g. 17 05 or oil sludge</source>
        <translation>məs. 17 05 və ya oil sludge</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/waste_page.py" line="191"/>
        <source>Delete</source>
        <translation>Sil</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/waste_page.py" line="194"/>
        <source>Up/Down choose an entry and Enter adds it; hazardous entries (*) are red. In the table, type a quantity as 12 t, 850 kg, 3 m³ or 40 pcs; volumes and pieces need a density. Ctrl+Z undoes.</source>
        <translation>Yuxarı/Aşağı qeydi seçir, Enter onu əlavə edir; təhlükəlilər (*) qırmızıdır. Cədvəldə miqdarı 12 t, 850 kq, 3 m³ və ya 40 ədəd kimi yazın; həcm və ədəd üçün sıxlıq lazımdır. Ctrl+Z geri alır.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../recp_desktop/ui/workspace.py" line="207"/>
        <source>Quick win saved; see My quick wins (Ctrl+7).</source>
        <translation>Sürətli qənaət saxlanıldı; bax: «Mənim sürətli qənaətlərim» (Ctrl+7).</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/workspace.py" line="209"/>
        <source>Option recorded; see Options (Ctrl+7).</source>
        <translation>Tədbir qeyd edildi; bax: Tədbirlər (Ctrl+7).</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/workspace.py" line="250"/>
        <source>Overview</source>
        <translation>İcmal</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/workspace.py" line="251"/>
        <source>Baseline</source>
        <translation>Baza göstəriciləri</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/workspace.py" line="252"/>
        <source>Options</source>
        <translation>Tədbirlər</translation>
    </message>
    <message>
        <location filename="../../recp_desktop/ui/workspace.py" line="253"/>
        <source>Waste streams</source>
        <translation>Tullantı axınları</translation>
    </message>
</context>
</TS>
