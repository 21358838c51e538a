//! Common given names: the evidence that a run of capitalised words the knowledge base does not
//! know names a person.
//!
//! Why it exists: "Bernie Sanders said" and "Ted Cruz told reporters" name people the knowledge
//! base does not hold (it keeps heads of state and government, ministers and a few office
//! holders), and no title introduces them. A reader still wants a card for them, and their later
//! surnames ("Sanders") must point to them rather than to nobody or to a namesake. A run that
//! opens with a common given name and does not end in a place or organisation word ("Rose
//! Garden", "Grace Church") is taken for a person. Names that are also common place names
//! (Austin, Charlotte, Jordan) are left out on purpose.

/// Folded given names common in English-language news, sorted, separated by single spaces: one
/// string rather than a table of pointers, which costs the wasm twice the bytes.
pub const GIVEN_NAMES: &str = "\
    aaron abby abdul abdullah abigail adam adrian ahmed aidan aisha alan albert alberto \
    alejandro alex alexander alexandra alexis alfred ali alice alicia alison allen allison alma \
    amanda amber amelia amir amy ana andrea andres andrew andy angela angelina angie anita ann \
    anna anne annie anthony antonio april arthur ashley audrey barbara barry beatriz becky ben \
    benjamin bernard bernie beth betsy betty beverly bill billy blake bob bobby bonnie brad \
    bradley brandon brenda brett brian bridget brittany brooke bruce bryan byron caitlin calvin \
    cameron candace carl carla carlos carly carmen carol carole caroline carolyn carrie \
    catherine cathy cecilia chad charles charlie chelsea cheryl chris christina christine \
    christopher chuck cindy claire clara clarence claudia clayton cody colin connie corey cory \
    courtney craig cristina crystal curtis cynthia dan dana daniel daniela danielle danny \
    darrell daryl dave david dawn dean debbie deborah debra denise dennis derek devin diana \
    diane dianne dick dolores dominic don donald donna doris dorothy doug douglas duncan dustin \
    dwight earl ed eddie edgar eduardo edward elaine eleanor elena eli elijah elizabeth ellen \
    elliot emily emma eric erica erik erin ernest esther ethan eugene eva evan evelyn fatima \
    felipe felix fernando frances francesca francis francisco frank franklin fred frederick \
    gabriel gail gary gavin gene george gerald gina glenn gloria gordon grace graham greg \
    gregory gustavo hailey hannah harold harriet harry hassan heather heidi helen henry herbert \
    hillary holly howard hugh hugo ian irene isaac isabel isabella ivan jack jackie jacob \
    jacqueline jaime jake james jamie jan jane janet janice jared jason javier jay jean jeanne \
    jeb jeff jeffrey jenna jennifer jenny jeremy jerome jerry jesse jessica jill jim jimmy jo \
    joan joanna joanne joe joel john johnny jon jonathan jorge jose joseph josh joshua joy joyce \
    juan judith judy julia julian julie justin karen karl kate katherine kathleen kathryn kathy \
    katie kay keith kelly ken kenneth kerry kevin kim kimberly kirk kristen kristin kurt kyle \
    larry laura lauren lawrence leah lee leon leonard leslie lewis linda lindsay lindsey lisa \
    lois lori louis louise lucas lucy luis luke lynn madeleine marc marcia marco marcus margaret \
    maria marian marie marilyn mario marion mark marsha martha martin marty mary matt matthew \
    maureen max megan melanie melissa michael michele michelle miguel mike mitch mitchell \
    mohamed mohammad mohammed molly monica nancy naomi natalie nathan neil nicholas nick nicole \
    nikki noah norma norman olivia omar oscar pablo pam pamela pat patricia patrick patty paul \
    paula pedro peggy penny peter phil philip phyllis rachel rafael ralph randy ray raymond \
    rebecca reggie regina reince renee rex rhonda ricardo richard rick ricky rita rob robert \
    roberta roberto robin rod rodney roger ron ronald ronnie rosa rosemary ross roy rudy russell \
    ruth ryan sally sam samantha samuel sandra sara sarah scott sean sergio seth shannon sharon \
    shawn sheila shelley sherry shirley sophia sophie stacy stanley stephanie stephen steve \
    steven stuart susan suzanne tammy tanya ted teresa terry theresa thomas tiffany tim timothy \
    tina todd tom tommy tony tracy travis trey tyler valerie vanessa vernon veronica vicki \
    victor vincent vivian walter wanda warren wayne wendy wesley william willie yvonne zachary \
    zoe";

/// Folded words that end a place's or an organisation's name, or a photo credit, never a
/// person's ("Rose *Garden*", "Grace *Church*", "Sandy *Hook*", "Jane Doe *Submitted* photo"),
/// sorted, separated by single spaces.
pub const PLACE_AND_BODY_HEADS: &str = "\
    academy act administration agency airlines airport alliance amendment arena association \
    avenue award awards beach bill boulevard bridge building campaign canyon cathedral center \
    centre chapel church city clinic club coalition college commission committee company corp \
    council county court courtesy cup day department district doctrine effect elementary era \
    fellowship file films forum foundation fund garden gardens group hall heights hills hook \
    hospital hotel hour house inc initiative institute island islands journal lake law lecture \
    library llc ltd magazine medal media memorial mosque motors mountain mountains museum \
    network news park party photo photos pictures plan plaza post press prize project records \
    report restaurant review ridge river road rule scholarship school senate show society square \
    stadium staff station store stores street studios submitted synagogue syndrome temple \
    theater theatre times tower towers town tribunal trophy trust university valley week";

/// True when the folded word is a common given name.
pub fn is_given_name(folded: &str) -> bool {
    is_in_joined(GIVEN_NAMES, folded)
}

/// True when the folded word ends the names of places and organisations, not people.
pub fn ends_a_place_or_body(folded: &str) -> bool {
    is_in_joined(PLACE_AND_BODY_HEADS, folded)
}

use crate::text::lists::is_in_joined;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_tables_are_sorted_folded_and_single_spaced() {
        for table in [GIVEN_NAMES, PLACE_AND_BODY_HEADS] {
            let words: Vec<&str> = table.split(' ').collect();
            assert!(
                words.windows(2).all(|w| w[0] < w[1]),
                "sorted, no duplicates"
            );
            for w in words {
                assert!(!w.is_empty(), "single spaces only");
                assert_eq!(crate::text::chars::fold(w), *w, "folded: {w}");
            }
        }
    }

    #[test]
    fn given_names_that_are_also_places_are_left_out() {
        assert!(is_given_name("bernie") && is_given_name("ted") && is_given_name("hillary"));
        assert!(
            !is_given_name("austin") && !is_given_name("charlotte") && !is_given_name("jordan")
        );
        assert!(ends_a_place_or_body("garden") && !ends_a_place_or_body("sanders"));
    }
}
