"""Generate the benchmark corpus: N drafts of 30-80 words of NHS-style social media copy.

    python bench/generate.py [--count 10000] [--seed 2026] [--out /tmp/smpolicy-bench/drafts]

Seeded, so every run writes the same files. Drafts mix ordinary posts (clinics, recruitment,
reports, events, campaigns) with the things lint looks for (phone numbers, e-mail addresses,
hashtags, links, front matter, the odd breach), so every rule has real work to do.
"""

from __future__ import annotations

import argparse
import random
import shutil
from pathlib import Path

OPENINGS = [
    "Our flu vaccination clinics are open this week",
    "We are recruiting healthcare assistants to join our community teams",
    "Today we published our latest investigation report into patient safety",
    "Join us for our annual public meeting at the Engine Shed",
    "This Mental Health Awareness Week we are talking about loneliness",
    "Thank you to everyone who came to our research showcase",
    "Applications close 12 March 2026 for our graduate scheme",
    "Breast screening saves lives and our mobile unit is in town",
    "The board will meet in public on Thursday at 10am",
    "Freedom to Speak Up Month starts today",
    "Our sexual health service offers free HIV testing",
    "Winter pressures are high so please use services wisely",
    "Congratulations to our nursing team on their award",
    "We have updated our guidance on research ethics approvals",
]
MIDDLES = [
    "Drop in between 9am and 5pm, no appointment needed.",
    "Find out more at https://www.nhs.uk/conditions/flu/ or call NHS 111.",
    "If you need urgent help call 999 or Samaritans on 116 123.",
    "Read the full report (HSSIB report I2024/015) on our website.",
    "Contact the communications team at comms@hssib.org.uk with any questions.",
    "Staff can book through the usual process.",
    "The clinic runs from the community hospital in Weston.",
    "Everyone aged 65 and over is eligible for a free vaccine.",
    "Please share with friends and family who might be interested.",
    "Our volunteers make a huge difference every single day.",
    "Call our team on 0300 123 4476 between 9am and 5pm.",
    "Bring your red book if you are attending with a baby.",
    "The session will be recorded and shared afterwards.",
    "Watch the video on our YouTube channel.",
    "Questions? Email bnssg.communications@nhs.net.",
    "Mrs Patel in bed 4 says thank you to the ward team.",
    "Use code NHS20 for 20% off at the cafe this week.",
    "You don't need to go to A&E for that, just rest.",
    "Call me on 07700 900123 if you want the details.",
    "CLICK HERE TO BOOK YOUR PLACE NOW.",
    "My manager is completely useless and should be sacked.",
]
HASHTAGS = ["#FluJab", "#NHSJobs", "#PatientSafety", "#MentalHealthAwarenessWeek", "#nhsjobs", "#WinterWell", "#ThankYouNHS"]
FILLER = (
    "we are proud to support our local communities with safe and effective care and to listen "
    "to patients carers and staff about what matters most to them every day across the region"
).split()
FRONT_MATTER = [
    "",
    "",
    "",
    '+++\nplatform = "bluesky"\naccount = "@hssib.bsky.social"\n+++\n',
    '+++\nplatform = "linkedin"\nkind = "post"\npublish_at = 2026-11-18T10:00:00\n+++\n',
    '+++\nplatform = "x"\nkind = "reply"\nin_reply_to = "Is the clinic open on Saturday?"\n+++\n',
    '---\nplatform: instagram\nimages:\n  - file: clinic.jpg\n    alt: Nurses at the flu clinic\n---\n',
]


def draft(rng: random.Random) -> str:
    target = rng.randint(30, 80)
    sentences = [rng.choice(OPENINGS) + "."]
    while sum(len(s.split()) for s in sentences) < target - 8:
        if rng.random() < 0.6:
            sentences.append(rng.choice(MIDDLES))
        else:
            sentences.append(" ".join(rng.choice(FILLER) for _ in range(rng.randint(5, 12))).capitalize() + ".")
    words = " ".join(sentences).split()
    while len(words) < target - 2:
        words.append(rng.choice(FILLER))
    words = words[:target - 2] + rng.sample(HASHTAGS, 2)
    return rng.choice(FRONT_MATTER) + " ".join(words) + "\n"


def generate(out: Path, count: int, seed: int) -> None:
    rng = random.Random(seed)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    for index in range(count):
        (out / f"draft-{index:05d}.md").write_text(draft(rng), encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--out", type=Path, default=Path("/tmp/smpolicy-bench/drafts"))
    args = parser.parse_args()
    generate(args.out, args.count, args.seed)
    print(f"wrote {args.count} drafts to {args.out}")


if __name__ == "__main__":
    main()
