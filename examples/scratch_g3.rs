use std::sync::Arc;
use summit_quiz::facts::FactBase;
use summit_quiz::generation::QuestionBank;
use summit_quiz::grading::grade;
fn main() {
    let facts = Arc::new(FactBase::embedded().unwrap());
    let bank = QuestionBank::new(facts);
    let args: Vec<String> = std::env::args().collect();
    let items: Vec<serde_json::Value> =
        serde_json::from_str(&std::fs::read_to_string(&args[1]).unwrap()).unwrap();
    for item in items
        .iter()
        .filter(|i| i["answer"].as_str().unwrap().contains(&args[2]))
    {
        let q = bank.rebuild(item["id"].as_str().unwrap()).unwrap();
        println!("{:?}\n {:?}", q.prompt, q.key);
        for a in &args[3..] {
            let g = grade(&q, a);
            println!("  {a:?} -> {} {:?}", g.score, g.feedback);
        }
        break;
    }
}
