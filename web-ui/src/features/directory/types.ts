// Shapes of the directory's JSON (networks, neighbourhoods, GP practices), API version 1.
// Hand-written until the server's OpenAPI document has schemas; then generated.

export interface PlaceRef {
  id: number;
  name: string;
}

export interface NetworkSummary {
  id: number;
  code: string;
  name: string;
  place: PlaceRef;
  practiceCount: number;
  registeredPatients: number;
}

export interface Neighbourhood {
  id: number;
  code: string;
  name: string;
}

export interface Practice {
  id: number;
  odsCode: string;
  name: string;
  postcode: string;
  listSize: number | null;
  pcnName: string | null;
  neighbourhoodId: number | null;
}

export interface NetworkDetail {
  id: number;
  code: string;
  name: string;
  place: PlaceRef;
  registeredPatients: number;
  neighbourhoods: Neighbourhood[];
  practices: Practice[];
}
