// Given names with a clear gender, so that "she" can find "Janet Yellen" and not "Antony Blinken". Data, not
// rules: a name missing here leaves the person's gender unknown, which pronouns then treat as either.

export const FEMALE_NAMES: ReadonlySet<string> = new Set(`
anna maria mary elizabeth margaret susan sarah jennifer linda patricia barbara karen nancy lisa betty helen
sandra donna carol ruth sharon michelle laura kimberly deborah jessica shirley cynthia angela melissa brenda amy
anne rebecca virginia kathleen pamela martha debra amanda stephanie carolyn christine janet catherine frances
ann joyce diane alice julie heather teresa doris gloria evelyn cheryl mildred katherine joan ashley judith rose
janice nicole judy christina kathy theresa beverly denise tammy irene jane lori rachel marilyn andrea kathryn
louise sara jacqueline wanda bonnie julia ruby lois tina phyllis norma paula diana annie lillian emily peggy
crystal gladys rita dawn connie florence tracy edna tiffany carmen rosa cindy grace wendy victoria edith sherry
sylvia josephine thelma shannon sheila ethel ellen elaine marjorie carrie charlotte monica esther pauline emma
juanita anita rhonda hazel amber eva debbie april clara lucille joanne eleanor valerie danielle megan alicia
suzanne michele gail bertha darlene veronica jill erin geraldine lauren cathy joann lorraine sally regina erica
beatrice dolores bernice audrey yvonne annette june samantha marion stacy ana renee ida vivian roberta holly
brittany melanie loretta yolanda jeanette laurie katie kristen vanessa alma sue elsie beth jeanne hillary kamala
nikki ursula giorgia marine ségolène segolene kristalina jacinda liz nicola sanna mette annalena ilhan
condoleezza madeleine penny karine tulsi irina olga natalia natalya tatiana tatyana svetlana elena yelena
ekaterina yekaterina anastasia marina valentina galina lyudmila ludmila nadezhda vera larisa oksana yulia yuliya
iryna olena viktoria kateryna indira benazir hasina golda ying-wen yingluck megawati corazon imelda mei ling
li-na xiaoling fang jing xia ying lan hye-jin yoon-hee sakura yuko yuki keiko fatima aisha amina leila layla
zainab maryam noor huda samira yasmin
kate jenny becky meg maggie vicky pam
`.split(/\s+/).filter(Boolean));

export const MALE_NAMES: ReadonlySet<string> = new Set(`
james john robert michael william david richard joseph thomas charles christopher daniel matthew anthony antony
donald mark paul steven andrew kenneth joshua kevin brian george edward ronald timothy jason jeffrey ryan jacob
gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel frank gregory raymond alexander
patrick jack dennis jerry tyler aaron jose henry adam douglas nathan peter zachary kyle walter harold jeremy
ethan carl keith roger gerald christian sean arthur austin noah lawrence jesse joe bryan billy albert dylan
bruce willie gabriel alan juan logan wayne ralph roy eugene randy vincent russell louis philip bobby johnny
bradley barack bill boris emmanuel olaf rishi keir jens recep tayyip narendra shinzo fumio volodymyr viktor jair
luiz inacio vladimir sergey sergei dmitry dmitri alexei aleksei alexey ivan nikolai mikhail andrei yevgeny
evgeny igor oleg yuri yury pavel maxim anatoly valery vyacheslav gennady kirill denys dmytro oleksandr oleksiy
petro andriy mykhailo taras ruslan mohammed muhammad mohamed ahmed ahmad ali hassan hussein omar abdullah
ibrahim khalid mahmoud mustafa yusuf bashar hamad tamim salman faisal nasser saddam ayman osama hosni anwar
hamid karim rahul imran nawaz shehbaz jokowi joko rodrigo ferdinand ramaphosa cyril nelson thabo abiy uhuru hans
klaus wolfgang helmut gerhard frank-walter friedrich nicolas francois françois jacques pierre jean-claude
jean-luc giuseppe mario silvio matteo sergio pedro mariano felipe carlos javier miguel luis manuel antonio jorge
alberto fernando ricardo enrique andres andrés nicolás hugo evo rafael
steve mike dave bob jim tom nick ben dan matt pete andy rob greg jeff tony harry charlie fred phil ron ken barry
rick jon tim ted
`.split(/\s+/).filter(Boolean));
