// The UN Security Council Consolidated List, XML. Parsing is libxml2's.
#include <libxml/parser.h>
#include <libxml/tree.h>

#include <algorithm>
#include <memory>

#include "screen/country_names.hpp"
#include "screen/importers.hpp"
#include "screen/text_util.hpp"

namespace custos::screen {
namespace {

bool is(const xmlNode* n, const char* name) {
  return n->type == XML_ELEMENT_NODE && xmlStrcmp(n->name, reinterpret_cast<const xmlChar*>(name)) == 0;
}

std::string text_of(const xmlNode* n) {
  xmlChar* s = xmlNodeGetContent(n);
  std::string out = s != nullptr ? trim(reinterpret_cast<const char*>(s)) : std::string();
  xmlFree(s);
  return out;
}

std::string child_text(const xmlNode* parent, const char* name) {
  for (const xmlNode* c = parent->children; c != nullptr; c = c->next)
    if (is(c, name)) return text_of(c);
  return {};
}

void add_year(ListEntity& e, const std::string& text) {
  if (text.size() < 4 || !is_digits(text.substr(0, 4))) return;
  int y = std::stoi(text.substr(0, 4));
  if (std::find(e.birth_years.begin(), e.birth_years.end(), y) == e.birth_years.end())
    e.birth_years.push_back(y);
}

ListEntity read_subject(const xmlNode* node, bool person, const std::string& file, const std::string& list) {
  ListEntity e;
  e.list = list;
  e.kind = person ? EntityKind::person : EntityKind::organisation;
  e.id = child_text(node, "REFERENCE_NUMBER");
  if (e.id.empty()) e.id = child_text(node, "DATAID");
  if (e.id.empty())
    throw ImportError(file, static_cast<std::size_t>(xmlGetLineNo(node)),
                      "entry without REFERENCE_NUMBER or DATAID");
  std::string primary = join_nonempty({child_text(node, "FIRST_NAME"), child_text(node, "SECOND_NAME"),
                                       child_text(node, "THIRD_NAME"), child_text(node, "FOURTH_NAME")},
                                      " ");
  if (primary.empty())
    throw ImportError(file, static_cast<std::size_t>(xmlGetLineNo(node)), "entry " + e.id + " has no name");
  e.names.push_back({primary, NameStrength::primary});
  std::string original = child_text(node, "NAME_ORIGINAL_SCRIPT");
  if (!original.empty()) e.names.push_back({original, NameStrength::strong_alias});
  std::string programme = child_text(node, "UN_LIST_TYPE");
  if (!programme.empty()) e.programmes.push_back("UN " + programme);
  const char* alias_tag = person ? "INDIVIDUAL_ALIAS" : "ENTITY_ALIAS";
  const char* address_tag = person ? "INDIVIDUAL_ADDRESS" : "ENTITY_ADDRESS";
  for (const xmlNode* c = node->children; c != nullptr; c = c->next) {
    if (is(c, alias_tag)) {
      std::string alias = child_text(c, "ALIAS_NAME");
      if (alias.empty()) continue;
      // The UN grades aliases: "Low" quality ones are too broad to trust alone.
      bool low = child_text(c, "QUALITY") == "Low";
      e.names.push_back({alias, low ? NameStrength::weak_alias : NameStrength::strong_alias});
    } else if (is(c, address_tag)) {
      std::string country = child_text(c, "COUNTRY");
      std::string address = join_nonempty(
          {child_text(c, "STREET"), child_text(c, "CITY"), child_text(c, "STATE_PROVINCE"), country}, ", ");
      if (!address.empty()) e.addresses.push_back(address);
      add_country(e, country_from_name(country));
    } else if (is(c, "NATIONALITY")) {
      for (const xmlNode* v = c->children; v != nullptr; v = v->next)
        if (is(v, "VALUE")) add_country(e, country_from_name(text_of(v)));
    } else if (is(c, "INDIVIDUAL_PLACE_OF_BIRTH")) {
      add_country(e, country_from_name(child_text(c, "COUNTRY")));
    } else if (is(c, "INDIVIDUAL_DATE_OF_BIRTH")) {
      add_year(e, child_text(c, "YEAR"));
      add_year(e, child_text(c, "DATE"));
      add_year(e, child_text(c, "FROM_YEAR"));
      add_year(e, child_text(c, "TO_YEAR"));
    } else if (is(c, "INDIVIDUAL_DOCUMENT")) {
      std::string number = child_text(c, "NUMBER");
      if (!number.empty()) e.identifiers.push_back({child_text(c, "TYPE_OF_DOCUMENT"), number});
    }
  }
  return e;
}

void walk(const xmlNode* n, const std::string& file, const std::string& list, std::vector<ListEntity>& out) {
  for (; n != nullptr; n = n->next) {
    if (is(n, "INDIVIDUAL")) {
      out.push_back(read_subject(n, true, file, list));
    } else if (is(n, "ENTITY")) {
      out.push_back(read_subject(n, false, file, list));
    } else if (n->type == XML_ELEMENT_NODE) {
      walk(n->children, file, list, out);
    }
  }
}

}  // namespace

std::vector<ListEntity> import_un_text(std::string_view xml, const std::string& file,
                                       const std::string& list_name) {
  xmlResetLastError();
  std::unique_ptr<xmlDoc, void (*)(xmlDoc*)> doc(
      xmlReadMemory(xml.data(), static_cast<int>(xml.size()), file.c_str(), nullptr,
                    XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING),
      xmlFreeDoc);
  if (!doc) {
    const xmlError* err = xmlGetLastError();
    std::size_t line = err != nullptr ? static_cast<std::size_t>(err->line) : 0;
    std::string msg = err != nullptr && err->message != nullptr ? trim(err->message) : "not well-formed XML";
    throw ImportError(file, line, "malformed XML: " + msg);
  }
  const xmlNode* root = xmlDocGetRootElement(doc.get());
  if (root == nullptr || !is(root, "CONSOLIDATED_LIST"))
    throw ImportError(file, root != nullptr ? static_cast<std::size_t>(xmlGetLineNo(root)) : 1,
                      "not a UN consolidated list (root element is not CONSOLIDATED_LIST)");
  std::vector<ListEntity> out;
  walk(root->children, file, list_name, out);
  return out;
}

std::vector<ListEntity> import_un(const std::string& file, const std::string& list_name) {
  return import_un_text(read_list_file(file), file, list_name);
}

}  // namespace custos::screen
