import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis';
import { article } from './seeds';

/** Invented sentences (not from any corpus), one rule each. */
const first = (text: string) => analyze([article('a', text)]).sentences[0];
const kind = (text: string) => first(text)?.kind;

describe('a first person telling the act under way', () => {
  it('reads "we are working with…", "we\'re seeing…" and "I am joining you from…" as reporting', () => {
    expect(kind('We are closely working with the county to restore the water supply.')).toBe('reporting');
    expect(kind("Already, we're seeing flooding along the river road.")).toBe('reporting');
    expect(kind('I am joining you today from the harbour office.')).toBe('reporting');
  });

  it('reads a letter that says what it is written for as reporting', () => {
    expect(kind('We write in support of the mayor’s request for federal aid after the storm.')).toBe('reporting');
    expect(kind('I am writing to the company today as well, asking for a list of the stores.')).toBe('reporting');
  });

  it('still reads a wish, a plan, a stance or a condition in the first person as opinion', () => {
    expect(kind('We are praying for the families who lost their homes.')).toBe('opinion');
    expect(kind("We're going to do everything we can for the town.")).toBe('opinion');
    expect(kind('I am writing to urge the company to recall the heaters.')).toBe('opinion');
    expect(kind('We are hoping the bridge reopens soon.')).toBe('opinion');
    expect(kind('This is not the bill I would have written if I were acting alone.')).toBe('opinion');
  });
});

describe('a legal word that qualifies an act in passing', () => {
  it('reads "for illegally charging…", "dealers who illegally evade…" and "misleading data" as reporting', () => {
    expect(kind('The agency ordered the lender to repay customers for illegally charging late fees.')).toBe('reporting');
    expect(kind('The law cracks down on dealers who illegally evade the licence checks.')).toBe('reporting');
    expect(kind('For years, the maker submitted misleading, incomplete test data to the regulator.')).toBe('reporting');
  });

  it("still reads the legal word said of the subject, or naming it, as the writer's verdict", () => {
    expect(kind('Rigging the auction is not only illegal, it also cheats every bidder.')).toBe('opinion');
    expect(kind('The unlawful fee has cost drivers dearly.')).toBe('opinion');
  });
});

describe('a title in quotation marks quotes no one', () => {
  it('reads a hearing or report "titled" a quoted name as reporting', () => {
    expect(kind('The subcommittee is holding a hearing titled, “What Can We Learn from the Lake Floor Samples?”')).toBe('reporting');
  });

  it('reads a title with numbers in it as a title', () => {
    expect(kind('The agency published its data in the weekly bulletin: “Water Use among Farms and Towns — Northern Region, 2023.”')).toBe('reporting');
  });

  it('still reads quoted words of a party as attributed', () => {
    expect(kind('The families want the company to pay “every cent of what they lost in the flood.”')).toBe('attributed');
  });
});

describe('a verb with a prefix and a hyphen is still a verb', () => {
  it('reads an act told with "pre-positioned" or "co-led" as reporting', () => {
    expect(kind('At my request, the Guard has pre-positioned boats and trucks near the river.')).toBe('reporting');
    expect(kind('The Flood Safety Act, that I co-led with Representatives Roe and Doe, will strengthen and expand support for levee boards.')).toBe('reporting');
    expect(kind('The bill that I co-led with Senator Roe strengthens support for levee boards.')).toBe('reporting');
  });
});

describe('a judging word in a phrase set aside from the claim', () => {
  it('reads a rank of worth inside a dashed aside or an appositive with its own clause as colour on a report', () => {
    expect(kind('Concentrations of methane – the most important short-lived greenhouse gas – reached 1,900 parts per billion in 2022.')).toBe('reporting');
    expect(kind('Today, Senator Jane Roe voted for the Safe Rivers Act, legislation that will enact the most significant new protections for rivers since the 1970s.')).toBe(
      'reporting',
    );
  });

  it('still reads the rank as a view where it is the claim', () => {
    expect(kind('The Safe Rivers Act will become the most significant protection for rivers since the 1970s.')).toBe('opinion');
    expect(kind('Methane is the most important short-lived greenhouse gas.')).toBe('opinion');
  });
});

describe('a word of weight before a noun of aid', () => {
  it('reads "vital supplies" and "vital humanitarian assistance" in an aid release as reporting', () => {
    expect(kind('Vital supplies have also been sent to the two northern districts.')).toBe('reporting');
    expect(kind('The agency is working with partners to deliver vital humanitarian assistance including tents and water.')).toBe('reporting');
  });

  it('still reads a vital role given to a cause as a judgement', () => {
    expect(kind('The video played a vital role in the verdict.')).toBe('opinion');
  });
});

describe("a body's own stance in its statement", () => {
  it('reads a named body that welcomes, is encouraged by or extends its sympathy as voicing a view', () => {
    expect(kind('The United Kingdom welcomes the tribunal’s ruling in the case against the former commander.')).toBe('opinion');
    expect(kind('The Port Authority is encouraged by the pace of the repairs on the eastern pier.')).toBe('opinion');
    expect(kind('The European Union extends its deepest sympathy to the families of the victims.')).toBe('opinion');
  });

  it('leaves a document acting, a person reported and a past act as reports', () => {
    expect(kind('The resolution also condemns the shelling of the power plant.')).not.toBe('opinion');
    expect(kind('The Secretary-General welcomes the ceasefire announced on Monday.')).not.toBe('opinion');
    expect(kind('The United Kingdom welcomed 300 refugees last year.')).not.toBe('opinion');
  });
});
