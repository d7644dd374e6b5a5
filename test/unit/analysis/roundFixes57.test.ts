import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis';
import { generateFromArticles } from '../../../src/core/analysis/generators';
import { opinionRounds } from '../../../src/core/analysis/generators/opinionRound';
import { createArticle } from '../../../src/core/article';
import { figuresLabel } from '../../../src/core/analysis/explain';
import { createRng } from '../../../src/core/rng';
import { kindOf, sentences } from './probes';
import { article } from './seeds';

/** Invented texts (not from any corpus) for the faults found on rounds 57-58 and dev in the twenty-ninth session (2026-12-05). */

describe('a speech tag set between commas in mid-sentence', () => {
  it('credits the first person on both sides of the tag to the speaker', () => {
    expect(kindOf('The farmers of the valley deserve our help, she said, but more than that, they need a road to their markets before the rains.')).toBe('attributed');
    expect(kindOf('We will rebuild the bridge, the mayor said, but the work will take two years.')).toBe('attributed');
  });

  it('leaves place names that end like speech verbs, and the writer’s own first person, alone', () => {
    expect(kindOf('Floods swept through camps in Borno, Adamawa and Yobe States, forcing families onto higher ground near the river.')).toBe('reporting');
    expect(kindOf('We believe, as we said, that the council must act on the river now.')).toBe('opinion');
  });
});

describe('a body’s estimate or recommendation with its claim after "that"', () => {
  it('credits the claim to the bodies that estimate or recommend it', () => {
    expect(kindOf('The World Health Organization and the Red Cross estimate currently that 40 million people lack clean water, up 3 million since 2019.')).toBe('attributed');
    expect(kindOf('The two agencies recommend that 5 million households boil their water until the end of June.')).toBe('attributed');
  });

  it('keeps an estimate that is a noun in a plain report', () => {
    expect(kindOf('The GDP estimate released today is based on data for 12 states that are incomplete.')).toBe('reporting');
  });
});

describe('numbers that name a day, a page, a seat or a race, not a count', () => {
  const figuresOf = (text: string) => analyze([article('a', text)]).figures.map((f) => `${f.text}:${f.kind}`);

  it('dates the second of two days after one month, unless a noun makes it a count', () => {
    expect(figuresOf('On March 11 and 12, a team screened the farm workers.')).toContain('12:date');
    expect(figuresOf('Between March 3 and 14 people died in the floods.')).toContain('14:count');
  });

  it('reads eight digits that run a year, month and day together as a date', () => {
    expect(figuresOf('Update 20230914 was posted by the agency.')).toEqual(['20230914:date']);
  });

  it('reads no count in a journal’s pages or a member’s district', () => {
    expect(figuresOf('Weekly / March 3, 2023 / 72(9);231–236')).not.toContainEqual(expect.stringMatching(/23[16]/));
    expect(figuresOf('Rep. Jo Roe (D-Va.-08) and 14 colleagues wrote the bill.')).toEqual(['14:count']);
  });

  it('reads a race in metres as no sum of millions', () => {
    const race = analyze([article('a', 'They set records in the women’s 800m and in the men’s 10,000m respectively, before 60,000 fans.')]).figures;
    expect(race.every((f) => f.value < 1e6)).toBe(true);
  });
});

describe('a speaker’s own account of the work and of the briefing, in the first person', () => {
  it('reads work going on, told in the present, as a report', () => {
    expect(kindOf('The search goes on, and we continue working to pump water out of the lower floors.')).toBe('reporting');
    expect(kindOf('We continue to receive requests for help through the county’s online form.')).toBe('reporting');
    expect(kindOf('We continue to believe in the council’s plan.')).toBe('opinion');
  });

  it('reads a briefing’s running order as a report', () => {
    expect(kindOf('I will first give an update on measles cases in the state.')).toBe('reporting');
    expect(kindOf('I would like to inform all callers that this briefing is being recorded.')).toBe('reporting');
    expect(kindOf('I’ll now turn the call over to Dr Roe.')).toBe('reporting');
    expect(kindOf('I would now like to turn the conference over to Dr Roe.')).toBe('reporting');
    expect(kindOf('I would like to say that this plan is a disgrace.')).toBe('opinion');
  });
});

describe('a name that starts like a cry', () => {
  it('does not read a family name such as "Oh" as a cry of feeling', () => {
    expect(kindOf('Oh Min-jun is the brother of a missing sailor.')).toBe('reporting');
    expect(kindOf('Oh, what a waste of money this plan is.')).toBe('opinion');
  });
});

describe('a record dated by its year is no plan', () => {
  const scheduled = (text: string, figure: string) => analyze([article('a', text)]).figures.find((f) => f.text === figure)?.scheduled;

  it('does not read a record "set in" a past year as a plan, as "scheduled to" still is', () => {
    expect(scheduled('The previous record minimum, set in 2015, was 2.34 million square kilometers.', '2.34 million')).toBeFalsy();
    expect(scheduled('The plant is scheduled to employ 300 people.', '300')).toBe(true);
  });
});

describe('a figures round on two articles', () => {
  const articles = [article('a', 'More than 500 homes were destroyed by the storm in the county.'), article('b', 'The storm destroyed 500 homes in the county, officials said.')];
  const rounds = [1, 2, 3, 4, 5, 6].flatMap((seed) => generateFromArticles({ type: 'conflicting-figures', count: 2, seed, index: 0 }, articles));

  it('says "two articles", not "several"', () => {
    expect(rounds.length).toBeGreaterThan(0);
    for (const r of rounds) expect(r.type === 'conflicting-figures' ? r.question.en : '').toMatch(/^Two articles give a figure/);
  });

  it('does not offer "rounding" as a wrong reason beside a floor that the plain figure meets only as its rounding', () => {
    for (const r of rounds) {
      expect(r.type === 'conflicting-figures' ? r.reason : '').toBe('lower-bounds');
      expect(r.type === 'conflicting-figures' ? r.reasonOptions : []).not.toContain('rounding');
    }
  });
});

describe('page furniture of round 57-58’s kinds of page', () => {
  const furniture = (text: string) =>
    analyze([article('a', text)])
      .sentences.filter((s) => s.furniture)
      .map((s) => s.text);

  it('cuts a date or two places in capitals and a dash off the sentence they open, far down a page', () => {
    const page = 'Agency update\nAt a glance\nThe agency gives updates each week.\nAgency Update\nMarch 4, 2025 – The agency continues to respond to the outbreak in cattle.';
    expect(furniture(page)).toContain('March 4, 2025 –');
    const release = 'Team honoured\nA group of people pose for a picture.\n© Agency/Jo Roe\nLONDON/ROME – As the games close, the agency paid tribute to the team.';
    expect(furniture(release)).toContain('LONDON/ROME –');
  });

  it('cuts pointers to a link and a line in another language', () => {
    const page =
      'The mayor spoke at noon.\nFull remarks from this morning’s press conference are available here. Alcaldesa María López también pronunció comentarios en español.\nRead the full resolution HERE or below.\nThe council met again on Friday.';
    expect(furniture(page)).toEqual([
      'Full remarks from this morning’s press conference are available here.',
      'Alcaldesa María López también pronunció comentarios en español.',
      'Read the full resolution HERE or below.',
    ]);
  });

  it('cuts a picture’s caption that keys its colours', () => {
    expect(
      furniture('The lake froze late.\nSatellite data show how this year’s ice compares to the average over the past 30 years (in yellow).\nThe ice melted early.'),
    ).toHaveLength(1);
  });
});

describe('a speaker taking the floor, amid a speech that judges', () => {
  const kindIn = (text: string, sentence: string) => analyze([article('a', text)]).sentences.find((s) => s.text.startsWith(sentence))?.kind;
  const before = 'This is a shameful, reckless budget. It is a disgrace to this chamber and a betrayal of every family. Surely we can do better than this sorry mess.\n';
  const after = '\nIt was a horrific, devastating storm, and the response was a glorious triumph.';

  it('reads "I want to take a minute to…" as the speech’s running order', () => {
    expect(kindIn(`${before}I want to take a minute to celebrate the people who built the bridge.${after}`, 'I want to take')).toBe('reporting');
    expect(kindIn(`${before}I do want to take a moment before we begin to address the storm.${after}`, 'I do want')).toBe('reporting');
  });

  it('reads "I will turn it over to…" the same way, but not a wish that others act', () => {
    expect(kindIn(`${before}In a moment I will turn it over to our speakers for some opening remarks.${after}`, 'In a moment')).toBe('reporting');
    expect(kindIn(`${before}I want the council to vote it down tonight.${after}`, 'I want the council')).toBe('opinion');
  });
});

describe('a speech tag after a clock abbreviation', () => {
  it('keeps "… at 9:00 a.m. officials said." as one sentence', () => {
    expect(sentences('The barge was carrying 40 crew when it sent out a distress signal at 6:00 a.m. Coast guard officials said. Rescue began.')).toEqual([
      'The barge was carrying 40 crew when it sent out a distress signal at 6:00 a.m. Coast guard officials said.',
      'Rescue began.',
    ]);
    expect(sentences('The meeting ended at 10 a.m. Officials then left the building.')).toHaveLength(2);
  });
});

describe('a verdict of history said of a thing', () => {
  it('reads "… are truly historic." as the writer’s verdict, though a count stands in the subject', () => {
    expect(kindOf('The guilty pleas of four major airlines – from Europe and Asia – are truly historic.')).toBe('opinion');
    expect(kindOf('The four airlines signed a historic agreement on Monday.')).toBe('reporting');
  });
});

describe('whose words an office’s page gives', () => {
  const page = (text: string) =>
    createArticle({ id: 'a', outlet: { en: 'Office of Sen. Jane Roe', es: 'Office of Sen. Jane Roe' }, sourceKind: 'unknown', date: '2023-05-02' }, text);
  const other = createArticle(
    { id: 'b', outlet: { en: 'Coast Weekly', es: 'Coast Weekly' }, sourceKind: 'unknown', date: '2023-05-02' },
    'The harbour bill passed the Senate committee on Tuesday after a short debate.',
  );

  it('does not name the principal as the speaker when only the quoted words name her', () => {
    const articles = [
      page(
        'Senator Jane Roe spoke at the harbour hearing on Tuesday.\n\nIn his opening statement, Senator Doe said, “As I pointed out, Senator Roe was years ahead of all of us on the harbour wall, when she first put forward the bill.”\n\nThe bill now goes to committee.',
      ),
      other,
    ];
    const findings = analyze(articles);
    const explanations = [1, 2, 3, 4, 5, 6]
      .flatMap((seed) => opinionRounds(findings, articles, 6, createRng(seed), (n) => `r${n}`))
      .filter((r) => r.passage.includes('Senator Doe said'))
      .map((r) => r.explanation.en ?? '');
    expect(explanations.length).toBeGreaterThan(0);
    for (const e of explanations) expect(e).not.toContain('quotes Sen. Jane Roe');
  });

  it('reads the paragraph under "Roe continued:" as her words', () => {
    const text =
      'The governor welcomed the verdict on Tuesday.\nRoe continued:\nThe senator received a fair trial. I reiterate my call for him to resign, and I call on the Senate to expel him.\nThe senator said he would appeal.';
    const kinds = analyze([article('a', text)]).sentences.map((s) => `${s.kind}: ${s.text.slice(0, 20)}`);
    expect(kinds).toContain('attributed: The senator received');
    expect(kinds).toContain('attributed: I reiterate my call ');
  });
});

describe('raising questions', () => {
  it('reads a person raising questions as an act reported, a thing raising them as the writer’s weighing', () => {
    expect(kindOf('Senator Roe is raising questions about how the agency counts its data and why its figures changed.')).toBe('reporting');
    expect(kindOf('The delay raises questions about the agency’s competence.')).toBe('opinion');
  });
});

describe('a count called "total" on one day and given plain on another', () => {
  const dated = (id: string, date: string, text: string) => createArticle({ id, outlet: { en: id, es: id }, sourceKind: 'unknown', date }, text);
  const articles = [
    dated('a', '2016-12-01', 'The ridge fire grew overnight.\nNine crews, 22 engines, seven helicopters and 285 total personnel were in action on the ridge fire on Thursday.'),
    dated('b', '2016-12-06', 'The ridge fire was 58 percent contained.\nAs of Tuesday, 25 crews, 46 engines, six helicopters and 780 personnel were in action on the ridge fire.'),
  ];

  it('explains them by their days, not by another scope, and names the personnel as the article does', () => {
    const group = analyze(articles).figureGroups.find((g) => g.members.some((m) => m.text === '285'));
    expect(group?.reason).toBe('different-date');
    expect(figuresLabel('troops', 'personnel').en).toBe('the number of personnel');
  });
});

describe('a vague amount beside an estimate of one owner', () => {
  it('does not join "tens of millions of Americans" to "approximately 52 million Americans" by the owner alone', () => {
    const articles = [
      article('a', 'Hearing Aids: Reading aids are so costly that only 12% of the approximately 52 million Americans with poor sight use them.'),
      article('b', 'Senator Roe wrote the Reading Aid Act to cut red tape that was keeping cheaper reading aids for tens of millions of Americans off the shelves.'),
    ];
    expect(analyze(articles).figureGroups.filter((g) => g.members.some((m) => m.text === 'tens of millions'))).toEqual([]);
  });
});

describe('a feeling professed about what happened, and a record’s procedure', () => {
  it('reads "We are pleased to see that…" as a view, "We are pleased to announce…" as the news it frames', () => {
    expect(kindOf('We are pleased to see that the board has recently completed its review of the rule, more than four years after the act.')).toBe('opinion');
    expect(kindOf('We are pleased to announce the release of the 2024 report.')).toBe('reporting');
  });

  it('cuts the chair’s recognitions and the record’s lead-in line as furniture', () => {
    const found = analyze([
      article(
        'a',
        'The House debated the famine bill.\nThe Chair recognizes the gentlewoman from Ohio (Ms. Roe) for 5 minutes.\nThe following Statement was made in the House of Commons on Wednesday 20 July.\nThe bill passed.',
      ),
    ]).sentences.filter((s) => s.furniture);
    expect(found.map((s) => s.text.slice(0, 24))).toEqual(['The Chair recognizes the', 'The following Statement ']);
  });
});

describe('a text saying what it does', () => {
  it('reads "In today’s post, we look at…" as a report of its contents, and a look felt as a view', () => {
    expect(kindOf('In today’s blog post, we look at this outage and the ongoing response of the grid operators.')).toBe('reporting');
    expect(kindOf('We look at the flooded homes with horror and disgust.')).toBe('opinion');
  });
});

describe('an article dated to its month only', () => {
  it('tells its counts from a later month’s as given on other days, not as a contradiction', () => {
    const release = (id: string, date: string, companies: number, bids: number) =>
      createArticle(
        { id, outlet: { en: 'Harbour Agency', es: 'Harbour Agency' }, sourceKind: 'unknown', date },
        `Agency Issues Contract Awards for Grain Sale\nThe agency announced contract awards for its emergency grain sale. A total of ${companies} companies responded to this notice, submitting ${bids} bids for evaluation.`,
      );
    const groups = analyze([release('a', '2022-03', 13, 109), release('b', '2022-04-21', 16, 126)]).figureGroups;
    expect(groups.length).toBeGreaterThan(0);
    for (const g of groups) expect(g.reason).toBe('different-date');
  });
});

describe('a word of plan in another clause', () => {
  it('does not make "over 600 people … still unaccounted for" a plan because the toll "is expected to rise," before it', () => {
    const found = analyze([article('a', 'The death-toll is expected to rise, with over 600 people, including many children, still unaccounted for.')]).figures;
    expect(found.find((f) => f.text === 'over 600')?.scheduled).toBeFalsy();
  });
});

describe('round 61-62’s names with numbers, and a pointer to a letter', () => {
  const figuresOf = (text: string) => analyze([article('a', text)]).figures.map((f) => f.text);

  it('reads no count in "2D and 3D mapping", "Courtroom 10A" or a document symbol "A/ES-10/L.22", but keeps "40.3C" and "$8.7M"', () => {
    expect(figuresOf('The team will provide 2D and 3D mapping of the area.')).toEqual([]);
    expect(figuresOf('The hearing is in Courtroom 10A of the federal courthouse.')).toEqual([]);
    expect(figuresOf('The Assembly adopted resolution A/ES-10/L.22 by a vote of 128 to 9.')).toEqual(['128', '9']);
    expect(figuresOf('It reached 40.3C at Coningsby.')).toEqual(['40.3']);
    expect(figuresOf('Revenue rose to $8.7M in May.')).toEqual(['$8.7M']);
  });

  it('cuts "The full text of the letter can be viewed HERE and below." as furniture', () => {
    const found = analyze([
      article('a', 'The senators wrote to the agency.\nThe full text of the letter sent can be viewed HERE and below.\nThe letter asks for answers.'),
    ]).sentences;
    expect(found.filter((s) => s.furniture).map((s) => s.text)).toEqual(['The full text of the letter sent can be viewed HERE and below.']);
  });
});

describe('a briefing summary that goes on in backshifted tenses', () => {
  it('credits the run of "had requested…" and "would…" sentences after "X said that…" to the speaker', () => {
    const text =
      'Regular press briefing\nJo Roe, for the relief office, said that more than 400 people had lost their lives in the floods. On 16 August, the Government and the coordinator had requested international support, following which the office deployed a team. The mission would be composed of seven people and would start on 18 August.';
    const kinds = analyze([article('a', text)]).sentences.map((s) => `${s.kind}: ${s.text.slice(0, 16)}`);
    expect(kinds).toContain('attributed: On 16 August, th');
    expect(kinds).toContain('attributed: The mission woul');
  });
});
