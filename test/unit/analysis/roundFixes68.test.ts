import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis';
import { classOf, groupsWith, kindOf } from './probes';
import { article, datedArticle as dated } from './seeds';
import { opensWithCourtesy } from '../../../src/core/analysis/generators/common';
import { langPack } from '../../../src/core/analysis/lang';
import { namesAnOption } from '../../../src/core/analysis/generators/whoSaidIt';
import { figuresRounds } from '../../../src/core/analysis/generators/figuresRound';
import { createRng } from '../../../src/core/rng';

/** Invented texts (not from any corpus) for the faults found in the thirty-first session (2026-12-05). */

describe('a bounded count printed without its noun', () => {
  const articles = [
    dated('wire', 'Wire', '2026-07-02', 'The heat wave killed at least 63 people across the state, officials said on Friday.'),
    dated('wiki', 'Encyclopedia', '2026-07-02', 'Losses in the region include at least 63 in the state and at least 20 across the border.'),
  ];

  it('takes the noun of the same bound and value in another outlet', () => {
    const [group, ...others] = groupsWith(articles, 'at least 63');
    expect(others).toEqual([]);
    expect(group?.members.map((m) => m.article).sort()).toEqual(['wiki', 'wire']);
  });

  it('does not take a noun for a ceiling, which is as often an age', () => {
    const ages = [
      dated('agency', 'Agency', '2026-07-02', 'The regulator should have told the firm to delete the data of children under 13 because it should never have kept it.'),
      dated('senator', 'Senator', '2026-07-02', 'The company must now protect children who are under 13 on its platform.'),
    ];
    expect(groupsWith(ages, 'under 13')).toEqual([]);
  });
});

describe('a conjunction after a number', () => {
  it('is not what the number counts', () => {
    expect(classOf('The firm must delete the data of children under 13 because it never should have kept it.', 'under 13')).toBe('');
    expect(classOf('Tolls rose to 40 although the rain had stopped.', '40')).toBe('');
  });
});

describe('a briefing summary told in reported speech', () => {
  const kinds = (text: string) => new Map(analyze([article('a', text)]).sentences.map((s) => [s.text, s.kind]));
  const summary = [
    'Update on the fever outbreak',
    'Jane Roe, for the health agency, said the agency continued to work around the clock in the three provinces. The fever had spread to nine districts since March.',
    'The disease was spread by ticks. Its incidence had grown sharply in recent years, and the true count could be much higher. About a third of the population was now at risk.',
    'The agency was sending teams to the worst-hit districts. Together with its partners, it had distributed 40,000 test kits.',
    'Travel advice',
    'Ferries to the islands run twice a week.',
  ].join('\n');

  it('keeps the speaker’s past-tense sentences attributed across paragraphs, until a heading', () => {
    const k = kinds(summary);
    expect(k.get('The disease was spread by ticks.')).toBe('attributed');
    expect(k.get('Its incidence had grown sharply in recent years, and the true count could be much higher.')).toBe('attributed');
    expect(k.get('The agency was sending teams to the worst-hit districts.')).toBe('attributed');
    expect(k.get('Ferries to the islands run twice a week.')).toBe('reporting');
  });

  it('knows a summary by its past perfects and past modals, with words between ("had also provided", "would be used")', () => {
    const k = kinds(
      [
        'Jane Roe, for the children’s agency, said the outbreak in the north was very concerning with 1,200 suspected cases. The collapse of the water and sanitation services in the region had created the conditions for the disease to spread. Nurses had not been receiving their salaries since October.',
        'The agency had also provided fluids to be used at the treatment centres, and the salts would be used at the rehydration points. The main issue right now was safe drinking water. It was very important to keep the pumping stations running.',
      ].join('\n'),
    );
    expect(k.get('The main issue right now was safe drinking water.')).toBe('attributed');
    expect(k.get('It was very important to keep the pumping stations running.')).toBe('attributed');
  });

  it('knows a summary by a speaker named for the body they speak for, though the words go on in the plain past', () => {
    const k = kinds(
      [
        'Rise in the grain index',
        'Jane Roe, for the World Grain Agency (WGA), said that the grain index averaged 159.3 points in March, the highest level since 1990. The increase reflected new highs for oils and cereals.',
        'The oil index rose by 23 percent from February. Prices of sunflower oil increased sharply.',
      ].join('\n'),
    );
    expect(k.get('The increase reflected new highs for oils and cereals.')).toBe('attributed');
    expect(k.get('Prices of sunflower oil increased sharply.')).toBe('attributed');
    const story = kinds(
      'The minister arrived in Geneva on Friday.\nLavrov, for his part, said the talks were useful.\nThe two men met for ninety minutes. Reporters waited outside.',
    );
    expect(story.get('The two men met for ninety minutes.')).toBe('reporting');
  });

  it('leaves a news report that names a source sentence by sentence as reporting, though it uses those tenses', () => {
    const k = kinds(
      [
        'Officials said temperatures had reached 46 degrees in the city on Sunday. The mayor said cooling centres would stay open.',
        'Forecasters said the heat could ease by Wednesday. Doctors said the hospitals had treated dozens of people.',
        'Temperatures in coastal cities had cooled by Wednesday. Power lines had sagged in the heat. Crews were working through the night.',
        'The city recorded its highest temperature since records began. Residents inland were seeing less relief.',
      ].join('\n'),
    );
    expect(k.get('The city recorded its highest temperature since records began.')).toBe('reporting');
  });

  it('leaves a news report that quotes a source and tells its events in the plain past as reporting', () => {
    const k = kinds(
      [
        'The mayor said the city would reopen the bridge on Monday.',
        'The bridge was closed in March after a barge struck it. Crews replaced two piers over the summer.',
        '"We are proud of the crews," the mayor said. The city spent $40 million on the repairs.',
      ].join('\n'),
    );
    expect(k.get('The bridge was closed in March after a barge struck it.')).toBe('reporting');
    expect(k.get('The city spent $40 million on the repairs.')).toBe('reporting');
  });
});

describe('a half of a period', () => {
  it('is a span of time, not a share', () => {
    const figures = analyze([article('a', 'Cases rose sharply in the first half of 2023. About half of the world’s population is at risk.')]).figures;
    expect(figures.map((f) => f.text)).toEqual(['2023', 'About half']);
    const later = analyze([article('a', 'Relief actors anticipate higher needs during the latter half of 2020, when roughly half the funds will be spent.')]).figures;
    expect(later.map((f) => f.text)).toEqual(['2020', 'roughly half']);
  });
});

describe('cases reported', () => {
  it('reads cases a tally counts, with the sentence’s verb before them, as counted, not as anyone’s claim', () => {
    expect(kindOf('Dengue is the virus with the highest number of cases reported in the region.')).toBe('reporting');
  });

  it('still reads a tag after a comma as the source', () => {
    expect(kindOf('The country has received hundreds of vaccine doses and a small number of treatment doses, noted spokesperson Jane Roe.')).toBe('attributed');
  });
});

describe('a host’s welcome after "Well,"', () => {
  it('is a courtesy: no opinion round is built on it, and "well" is no judging word there', () => {
    const text = 'Well, Mr. Prime Minister, welcome to the White House.';
    expect(opensWithCourtesy(text, langPack('en'))).toBe(true);
    const found = analyze([article('a', `The president met the prime minister on Tuesday.\n${text}`)]).sentences.find((s) => s.text === text);
    expect(found?.cues).not.toContain('loaded-words');
    expect(kindOf('Well, the talks went nowhere and everyone knows it.')).toBe('opinion');
  });
});

describe('who-said-it sentences a label answers', () => {
  it('counts a one-word outlet name and a coined name in the label’s brackets as the outlet’s own', () => {
    expect(namesAnOption('Harbourline shares key quotes from the event in English.', ['Harbourline (English)', 'Voice of the Coast (via NewsHub)', 'Port Authority'])).toBe(true);
    expect(namesAnOption('ClipWire materials are free for news use.', ['United Nations (UN Multimedia, ClipWire: press footage)', 'Port Authority', 'City Council'])).toBe(true);
    expect(namesAnOption('The talks ended in Geneva on Friday.', ['Harbourline (English)', 'Voice of the Coast (via NewsHub)', 'Port Authority'])).toBe(false);
  });
});

describe('page notes', () => {
  it('cuts a browser warning and an encyclopedia’s pointer to another page as furniture', () => {
    const found = analyze([
      article(
        'a',
        'The agency met on Monday.\nInternet Explorer lacks support for the features of this website.\nFor the Winter Paralympics, see 2030 Winter Paralympics.\nFor the first time, the agency saw the harbour close.',
      ),
    ]).sentences;
    const furniture = new Map(found.map((s) => [s.text, s.furniture]));
    expect(furniture.get('Internet Explorer lacks support for the features of this website.')).toBe(true);
    expect(furniture.get('For the Winter Paralympics, see 2030 Winter Paralympics.')).toBe(true);
    expect(furniture.get('For the first time, the agency saw the harbour close.')).toBe(false);
  });
});

describe('one figure in two units, given on two days', () => {
  it('is the same fact in another unit, not a count that moved on', () => {
    const articles = [
      dated('state', 'State', '2030-12-28', 'A ship left the port today carrying over 25,000 pounds of low-enriched uranium.'),
      dated('wire', 'Wire', '2030-12-28', 'The ship carrying more than 11,300 kilograms of low-enriched uranium left the port on Monday.'),
      dated('senator', 'Senator', '2031-01-16', 'The country shipped more than 25,000 pounds of low-enriched uranium out of the port.'),
    ];
    const [group, ...others] = groupsWith(articles, 'more than 11,300');
    expect(others).toEqual([]);
    expect(group?.members.map((m) => m.article).sort()).toEqual(['senator', 'state', 'wire']);
    expect(group?.reason).toBe('same-fact-different-form');
  });
});

describe('a count still being made', () => {
  it('is no contradiction when another copy of the day gives it higher', () => {
    const articles = [
      dated('early', 'Rights office', '2030-10-06', 'So far, our monitors have established the names of 27 people who were killed in the strike on the village café.'),
      dated('late', 'Rights office (repost)', '2030-10-06', 'So far, our monitors have established the names of 35 people who were killed in the strike on the village café.'),
    ];
    const [group, ...others] = groupsWith(articles, '27');
    expect(others).toEqual([]);
    expect(group?.members.map((m) => m.text).sort()).toEqual(['27', '35']);
    expect(group?.verdict).toBe('compatible');
    expect(group?.reason).toBe('different-date');
  });
});

describe('a number and "almost" that number', () => {
  it('is a rounding; a stated ceiling beside its sum is the same sum', () => {
    const nearly = [
      dated('fund', 'Fund', '2030-09-21', 'Donors pledged almost 1.6 billion euros to the fund at the conference.'),
      dated('wire', 'Wire', '2030-09-21', 'Donors pledged 1.6 billion euros to the fund at the conference in New York.'),
    ];
    expect(groupsWith(nearly, '1.6 billion euros')[0]?.reason).toBe('rounding');
    const ceiling = [
      dated('agency', 'Agency', '2030-09-21', 'The agency will provide up to $600 million to the harbour fund this year.'),
      dated('wire', 'Wire', '2030-09-21', 'The agency will provide $600 million to the harbour fund this year, officials said.'),
    ];
    expect(groupsWith(ceiling, '$600 million')[0]?.reason).toBe('same-fact-different-form');
  });
});

describe('a place’s rate given "at" a value', () => {
  it('keeps two places’ rates apart: the possessive on the subject owns the figure, and "is at" gives a value, not a place', () => {
    const articles = [
      dated('office', 'Office', '2030-11-15', 'Eastland’s employment rate is at 75.6 per cent, an increase over the last year, the statistics office said.'),
      dated('copy', 'Copy', '2030-11-15', 'Eastland’s employment rate is at 75.6 per cent, an increase over the last year, the statistics office said on Tuesday.'),
      dated('west', 'West', '2030-11-15', 'Westland’s employment rate was estimated at 75.5 per cent, an increase over the last year, the statistics office said.'),
    ];
    const [group, ...others] = groupsWith(articles, '75.6 per cent');
    expect(others).toEqual([]);
    expect(group?.members.map((m) => m.article).sort()).toEqual(['copy', 'office']);
  });
});

describe('words of saying and naming', () => {
  it('reads "underscored" as a verb of saying, and "what we call" as no view', () => {
    expect(kindOf('The president underscored the country’s critical role in the August exchange of 24 people.')).toBe('attributed');
    expect(kindOf('We have sent what we call an outbreak notice to all members.')).toBe('reporting');
  });
});

describe('what a figures question says is counted', () => {
  const roundsOf = (articles: ReturnType<typeof dated>[]) => {
    const out = [];
    for (let seed = 1; seed <= 4; seed++) out.push(...figuresRounds(analyze(articles), articles, 4, createRng(seed), (n) => `r${n}`));
    return out;
  };

  it('writes a people’s name as the articles do ("Texans")', () => {
    const rounds = roundsOf([
      dated('senator', 'Senator', '2031-02-19', 'More than 12 million Texans were under boil-water notices after the storm, the senator said.'),
      dated('chair', 'Committee', '2031-02-25', 'At the height of the storm, 12 million Texans were under boil-water notices, the chair said.'),
      dated('other', 'Other', '2031-02-25', 'The grid operator restored power to the last customers on Friday.'),
    ]);
    expect(rounds.length).toBeGreaterThan(0);
    for (const r of rounds) expect(r.question.en).toContain('the number of Texans');
  });

  it('does not call a measure per litre a number of its units', () => {
    const rounds = roundsOf([
      dated('agency', 'Agency', '2031-08-24', 'The tritium level stayed far below the operational limit of 1,500 becquerels per litre, the agency said.'),
      dated('embassy', 'Embassy', '2031-08-25', 'The agency found the tritium level far below the operational limit of 1500 becquerels per litre in the samples.'),
      dated('other', 'Other', '2031-08-25', 'Fishing boats returned to the harbour on Friday.'),
    ]);
    expect(rounds.length).toBeGreaterThan(0);
    for (const r of rounds) expect(r.question.en).not.toContain('the number of becquerels');
  });
});

describe('numbers that count nothing', () => {
  it('reads "between 2005 and 2018" as two years, not a range of the count before it', () => {
    const figures = analyze([article('a', 'The league has a long history of violence, with at least 95 deaths between 2005 and 2018.')]).figures;
    expect(figures.map((f) => [f.text, f.kind])).toEqual([
      ['at least 95', 'count'],
      ['2005', 'year'],
      ['2018', 'year'],
    ]);
    expect(analyze([article('a', 'Between 20 and 30 people died in the crush.')]).figures.map((f) => f.text)).toEqual(['Between 20 and 30']);
  });

  it('cuts an encyclopedia’s map line as furniture, so its coordinates are no figures to compare', () => {
    const text = 'Coordinates: 08°09′01″S 112°34′26″E / 8.15028°S 112.57389°E / -8.15028; 112.57389\nThe stadium holds 42,000 people.';
    const found = analyze([article('a', text)]);
    expect(found.sentences.find((s) => s.text.startsWith('Coordinates'))?.furniture).toBe(true);
    const a = analyze([article('a', text), article('b', text.replace('holds', 'can hold'))]);
    expect(a.figureGroups.flatMap((g) => g.members.map((m) => m.text))).not.toContain('8.15028');
  });
});

describe('a speaker announcing a briefing and a page’s notes about itself', () => {
  it('reads "I want to briefly update you on…" as the speaker’s own briefing, not a view', () => {
    expect(kindOf('I want to briefly update you on what the agency has been doing to get aid across the border.')).toBe('reporting');
  });

  it('cuts an encyclopedia’s old-revision note and a broadcaster’s box about itself as furniture', () => {
    const text = [
      'This is an old revision of this page, as edited by Roe (talk | contribs) at 09:27, 2 October 2030. The present address (URL) is a permanent link to this revision, which may differ significantly from the current revision.',
      'The stadium crush killed 125 people.',
      'The Harbour Radio provides news and information in more than 40 languages to an estimated weekly audience of over 300 million people.',
    ].join('\n');
    const kept = analyze([article('a', text)])
      .sentences.filter((s) => !s.furniture)
      .map((s) => s.text);
    expect(kept).toEqual(['The stadium crush killed 125 people.']);
  });
});

describe('a spokesman’s schedule', () => {
  it('reads "I will be joined by…" and "As we told you, …" as the briefing’s running order, not a view', () => {
    expect(kindOf('As we told you, in a short while I will be joined by the Secretary-General, who will name the new board.')).toBe('reporting');
    expect(kindOf('He will be accompanied by his envoy, and we will be joined virtually by two members of the board.')).toBe('reporting');
    expect(kindOf('As I said, this plan is a disgrace.')).toBe('opinion');
  });
});

describe('a study’s own methods', () => {
  it('reads "We describe the methods…", "We use data from…" as the study telling what it does, not a view', () => {
    expect(kindOf('We describe the methods that were developed to produce the estimates.')).toBe('reporting');
    expect(kindOf('We use data from countries with monthly data to build a regression model.')).toBe('reporting');
    expect(kindOf('We use every tool we have to punish these criminals, and they deserve it.')).toBe('opinion');
  });
});

describe('a body keeping in contact', () => {
  it('reads "we are in close communication with…" as the speaker’s work, unless it judges', () => {
    expect(kindOf('We are in close communication with the port authorities and are providing all appropriate assistance.')).toBe('reporting');
    expect(kindOf('Since the crash, my staff and I have been in contact with the railway and the safety board.')).toBe('reporting');
    expect(kindOf('We are in touch with a disgraceful regime.')).toBe('opinion');
  });
});

describe('a speaker opening the business', () => {
  it('reads "Let me begin…" and "So let me start with…" as a courtesy of the floor, but not "Let me be clear: …"', () => {
    expect(kindOf('Let me begin, as always, with the latest numbers.')).toBe('reporting');
    expect(kindOf('So let me start with a brief description of what the virus is.')).toBe('reporting');
    expect(kindOf('Let me be clear: this is a disgrace.')).toBe('opinion');
  });
});
