"""Good practices and regions as typed, immutable values.

The loader (`knowledge`) builds them only from files that passed every check, so the
rendering code can rely on each field: required ones are there, lists are tuples, an
optional one is None or empty. Field names are English, like the rest of the code; the
Dutch names are those of the YAML files, which `data` keeps as they were validated for
the JSON export in /gegevens/.
"""

from __future__ import annotations

from dataclasses import dataclass
from types import MappingProxyType
from typing import Mapping


@dataclass(frozen=True)
class Link:
    title: str
    url: str


@dataclass(frozen=True)
class Practice:
    id: str
    title: str
    summary: str
    description: str  # contributed Markdown: sanitised when rendered
    tasks: tuple[str, ...]  # article 16 letters
    rubrics: tuple[int, ...]
    domains: tuple[str, ...]
    levels: tuple[str, ...]
    region: str  # a region id, or knowledge.FLANDERS
    partners: tuple[str, ...]
    contact: str | None  # "<region>/<contact id>"
    links: tuple[Link, ...]
    source: str
    added: str  # ISO dates, as in the file
    reviewed: str
    data: Mapping  # the validated file, for the JSON export

    @classmethod
    def from_data(cls, data: dict) -> Practice:
        return cls(
            id=data["id"], title=data["titel"], summary=data["samenvatting"],
            description=data["beschrijving"], tasks=tuple(data["opdrachten"]),
            rubrics=tuple(data["rubrieken"]), domains=tuple(data["domeinen"]),
            levels=tuple(data["niveaus"]), region=data["regio"],
            partners=tuple(data.get("partners", ())), contact=data.get("contact"),
            links=tuple(Link(link["titel"], link["url"]) for link in data.get("links", ())),
            source=data["bron"], added=data["toegevoegd"], reviewed=data["herzien"],
            data=MappingProxyType(data))


@dataclass(frozen=True)
class Clb:
    name: str
    network: str  # an id from data/referentie/netten.yml
    website: str | None


@dataclass(frozen=True)
class Contact:
    id: str
    function: str
    organisation: str
    name: str | None  # only with the person's consent (`toestemming`)
    email: str | None
    phone: str | None
    website: str | None


@dataclass(frozen=True)
class ContactPoint:
    task: str  # an article 16 letter
    subject: str
    contact: Contact


@dataclass(frozen=True)
class Region:
    id: str
    name: str
    area: str
    clbs: tuple[Clb, ...]
    contacts: tuple[Contact, ...]
    contact_points: tuple[ContactPoint, ...]
    reachability: str | None  # contributed Markdown (opdracht a)
    holiday_cover: str | None  # contributed Markdown (opdracht a)
    reviewed: str
    data: Mapping  # the validated file, for the JSON export

    @classmethod
    def from_data(cls, data: dict) -> Region:
        contacts = tuple(
            Contact(id=c["id"], function=c["functie"], organisation=c["organisatie"],
                    name=c.get("naam"), email=c.get("email"), phone=c.get("telefoon"),
                    website=c.get("website"))
            for c in data["contacten"])
        by_id = {contact.id: contact for contact in contacts}
        return cls(
            id=data["id"], name=data["naam"], area=data["werkgebied"],
            clbs=tuple(Clb(c["naam"], c["net"], c.get("website")) for c in data["clbs"]),
            contacts=contacts,
            contact_points=tuple(ContactPoint(p["opdracht"], p["onderwerp"], by_id[p["contact"]])
                                 for p in data.get("aanspreekpunten", ())),
            reachability=data.get("bereikbaarheid"),
            holiday_cover=data.get("vakantiepermanentie"),
            reviewed=data["herzien"], data=MappingProxyType(data))

    def contact(self, contact_id: str) -> Contact | None:
        return next((c for c in self.contacts if c.id == contact_id), None)
